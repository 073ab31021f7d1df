// People for core tests (made up; ID numbers carry valid check digits).
import type { IdentityCard } from '../../drivers/types.ts';

export const hanResident: IdentityCard = {
  kind: 'id-card',
  name: '张伟民',
  sex: '男',
  nation: '汉',
  birthDate: '1956-03-07',
  address: '四川省成都市双流区东升街道棠湖社区12组',
  idNumber: '510122195603070013',
  issuer: '成都市公安局双流分局',
  validFrom: '2016-05-01',
  validUntil: '长期',
};

export const tibetanResident: IdentityCard = {
  ...hanResident,
  name: '次仁卓玛',
  sex: '女',
  nation: '藏',
  idNumber: '54010219850412004X',
};

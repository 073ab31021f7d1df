// 事项办理 items a kiosk offers before central pushes its own catalog: three common township
// applications. Fields a card holds (name, ID number, birth date, address) come from the card;
// the rest are choices wherever a list will do, and typing is left for what only the resident knows.
import type { z } from 'zod';
import type { applicationItemSchema } from './application-form-schema.ts';

type ItemInput = z.input<typeof applicationItemSchema>;

const name = { id: 'name', type: 'text', label: '申请人姓名', prefill: 'name' } as const;
const idNumber = { id: 'id-number', type: 'text', label: '公民身份号码', prefill: 'idNumber', maxLength: 18 } as const;
const phone = { id: 'phone', type: 'phone', label: '联系电话', help: '工作人员用这个号码联系您' } as const;

export const defaultApplicationItems: ItemInput[] = [
  {
    id: 'gaoling-jintie',
    name: '高龄津贴申请',
    department: '乡镇（街道）社会事务办',
    description: '年满80周岁的本地户籍老人',
    guideId: 'gaoling-jintie',
    materials: ['居民身份证原件及复印件1份', '户口簿原件及复印件1份', '本人社保卡或银行卡复印件1份', '近期一寸免冠照片2张'],
    form: [
      name,
      idNumber,
      { id: 'birth-date', type: 'date', label: '出生日期', prefill: 'birthDate' },
      { id: 'address', type: 'text', label: '户籍地址', prefill: 'address', maxLength: 100 },
      phone,
      {
        id: 'payout',
        type: 'choice',
        label: '津贴发放方式',
        options: [
          { id: 'social-card', label: '本人社保卡' },
          { id: 'bank-card', label: '本人银行卡' },
          { id: 'proxy', label: '委托家属代领' },
        ],
      },
      { id: 'lives-alone', type: 'yes-no', label: '是否独居', help: '独居老人会安排上门核实' },
      { id: 'note', type: 'long-text', label: '其他情况说明', required: false, maxLength: 200 },
    ],
  },
  {
    id: 'linshi-jiuzhu',
    name: '临时救助申请',
    department: '乡镇（街道）民政办',
    description: '因病、因灾、因意外导致基本生活暂时困难',
    guideId: 'linshi-jiuzhu',
    materials: ['居民身份证原件及复印件1份', '户口簿原件及复印件1份', '医疗费用票据、事故或受灾证明等困难证明材料', '家庭成员收入情况说明1份'],
    form: [
      name,
      idNumber,
      { id: 'address', type: 'text', label: '家庭住址', prefill: 'address', maxLength: 100 },
      phone,
      { id: 'household-size', type: 'number', label: '家庭人口', min: 1, max: 20, unit: '人' },
      {
        id: 'hardship',
        type: 'choice',
        label: '困难类型（可多选）',
        multiple: true,
        options: [
          { id: 'illness', label: '因病' },
          { id: 'disaster', label: '因灾' },
          { id: 'accident', label: '因意外事故' },
          { id: 'schooling', label: '因就学' },
          { id: 'other', label: '其他' },
        ],
      },
      { id: 'since', type: 'date', label: '困难发生日期', max: 'today', min: '2000-01-01' },
      { id: 'monthly-income', type: 'number', label: '家庭月收入', min: 0, max: 100000, integer: false, unit: '元', help: '全家每月收入合计，可保留一位小数' },
      { id: 'on-dibao', type: 'yes-no', label: '是否享受低保' },
      { id: 'situation', type: 'long-text', label: '困难情况说明', maxLength: 300, help: '简要说明发生了什么、目前最需要什么帮助' },
    ],
  },
  {
    id: 'juzhu-zhengming',
    name: '居住证明申请',
    department: '社区居委会（村委会）',
    description: '开具在本辖区居住情况的证明',
    guideId: 'juzhu-zhengming',
    materials: ['居民身份证原件及复印件1份', '房屋产权证或租赁合同原件及复印件1份', '物业或房东出具的居住情况说明1份'],
    form: [
      name,
      idNumber,
      phone,
      { id: 'residence', type: 'text', label: '现居住地址', maxLength: 60, help: '写到门牌号，例如 红星小区3栋2单元501' },
      { id: 'since', type: 'date', label: '开始居住日期', max: 'today', min: '1950-01-01' },
      {
        id: 'housing',
        type: 'choice',
        label: '住房类型',
        options: [
          { id: 'own', label: '自有住房' },
          { id: 'rent', label: '租住' },
          { id: 'lodge', label: '借住亲友' },
        ],
      },
      {
        id: 'purpose',
        type: 'choice',
        label: '证明用途',
        options: [
          { id: 'school', label: '子女入学' },
          { id: 'work', label: '就业' },
          { id: 'insurance', label: '社保医保' },
          { id: 'other', label: '其他' },
        ],
      },
    ],
  },
];

/** 诉求反映: phrases a resident can tap instead of typing, per category. */
export const defaultDemandPhrases = {
  咨询: ['想了解办理流程', '想了解需要哪些材料', '想了解补贴政策', '想了解办理时间'],
  求助: ['家中老人需要照顾', '生活遇到困难', '房屋漏水需要维修', '需要法律帮助'],
  投诉: ['路灯不亮', '垃圾未及时清运', '噪音扰民', '道路破损', '下水道堵塞', '乱停车堵塞通道'],
  举报: ['违章搭建', '占用消防通道', '非法经营', '乱倒建筑垃圾'],
  建议: ['建议增加健身设施', '建议增设公交站点', '建议延长办事时间', '建议增加停车位'],
  表扬: ['工作人员服务热情', '问题解决及时', '办事效率高'],
};

// Words only a technician or a demo operator reads (technician mode, the simulator panel). They
// stay in Chinese whatever the resident chose, like the receipts: the catalog check does not ask
// bo, ug or en for them.
import { icu } from '../../../shared/icu-message.ts';

export const staff = {
  simulatorTitle: '模拟设备（演示）',
  simulatorPlace: icu('放置：{label}', 'label'),
  simulatorRemove: '取走身份证',
  simulatorPaperOk: '打印机：正常',
  simulatorPaperNearEnd: '打印机：纸将尽',
  simulatorPaperEnd: '打印机：缺纸',
  simulatorScan: '扫描凭条二维码', // 办件进度查询 (issue 10)
  simulatorScanOther: '扫描其他条码',

  technicianPinTitle: '维护模式：请输入密码',
  technicianPinDelete: '删除',
  technicianPinOk: '确定',
  technicianCancel: '取消',
  technicianOffline: '未连接到本机程序，无法验证密码。',
  technicianTitle: '维护与诊断',
  technicianLeave: '退出维护模式',
  technicianDevices: '设备状态',
  technicianCardReader: '身份证阅读器',
  technicianPrinter: '凭条打印机',
  technicianScanner: '扫码枪（办件凭条）', // 办件进度查询 (issue 10)
  technicianHistory: '设备记录',
  technicianSync: '数据上报',
  technicianPending: '待上报',
  technicianOldest: '最早一笔已等待',
  technicianLastSuccess: '上次成功',
  technicianLastError: '上次错误',
  technicianErrors: '最近的错误',
  technicianSystem: '系统',
  technicianVersion: '软件版本',
  technicianDisk: '剩余磁盘',
  technicianUptime: '已运行',
  technicianExport: '导出日志（不含居民信息）',
  technicianExportTo: '导出到',
  technicianNoStick: '未发现 U 盘：请插入 U 盘后稍等几秒。',
  technicianExported: '已导出：',
  technicianUpload: '上传到中心',
  technicianTestPrint: '测试打印',
  technicianCardTest: '测试读卡：',
  technicianCardTestHint: '请放一张身份证（不会开始办事）',
  technicianUploaded: '已上传到中心，编号 ',
  technicianNone: '无',

  // Voice diagnostics (issue 11).
  technicianVoice: '语音播报',
  technicianVoiceEngine: '语音引擎',
  technicianVoiceNoEngine: '无（请安装 espeak-ng）',
  technicianVoiceLanguages: '各语言的声音',
  technicianVoicePack: icu('录音包 {n, plural, other {# 条}}', 'n'),
  technicianVoiceFallbacks: '最近的替代播报',
};

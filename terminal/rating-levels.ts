// The five levels of 服务评价 (好差评), best first. A file of its own so the renderer can import
// it without pulling the zod schemas of api.ts into its bundle.
export const ratingLevels = [
  { level: 5, label: '非常满意' },
  { level: 4, label: '满意' },
  { level: 3, label: '基本满意' },
  { level: 2, label: '不满意' },
  { level: 1, label: '非常不满意' },
] as const;

// A penalty case's facts as the 典型案例 and calendar specs open one through the API: an ordinary-procedure food
// safety case fined 8,000 元, with two officers; each spec gives its own date and party.

export const FOOD_CASE = {
  procedure: 'ordinary',
  field: 'food_safety',
  source: 'inspection',
  penaltyKinds: ['fine'],
  fineFen: 800_000,
  legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
  unit: '城关市场监督管理所',
  officers: [
    { name: '张执法', certNo: '35010012345' },
    { name: '李执法', certNo: '35010012346' },
  ],
}

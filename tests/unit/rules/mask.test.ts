import { describe, expect, it } from 'vitest'
import { findPersonalData, maskAddress, maskBankAccount, maskIdNumber, maskParty, maskPersonName, maskPhone, maskText, maskTextKeeping } from '../../../shared/rules/mask'

describe('masking for public documents', () => {
  it('keeps an ID number’s first 6 and last 4', () => {
    expect(maskIdNumber('350102199003071234')).toBe('350102********1234')
    expect(maskIdNumber('35010219900307123X')).toBe('350102********123X')
    expect(maskIdNumber('３５０１０２１９９００３０７１２３４')).toBe('350102********1234')
    expect(maskIdNumber('350102900307123')).toBe('350102*****7123')
  })
  it('hides a phone’s middle 4 and a landline’s number but its last 4', () => {
    expect(maskPhone('13812345678')).toBe('138****5678')
    expect(maskPhone('0591-87654321')).toBe('0591-****4321')
  })
  it('keeps an account’s last 4', () => {
    expect(maskBankAccount('6222 0202 0001 2345 678')).toBe('***************5678')
  })
  it('keeps a home address to the street or county', () => {
    expect(maskAddress('测试县城关镇人民路88号3栋502室')).toBe('测试县城关镇***')
    expect(maskAddress('福州市鼓楼区东街街道杨桥路1号')).toBe('福州市鼓楼区东街街道***')
    expect(maskAddress('某某县幸福路1号')).toBe('某某县***')
    expect(maskAddress('')).toBe('')
  })
  it('turns a person into 张某某, compound surnames whole', () => {
    expect(maskPersonName('张三丰')).toBe('张某某')
    expect(maskPersonName('欧阳娜娜')).toBe('欧阳某某')
    expect(maskPersonName('李')).toBe('李某某')
  })
  it('finds ID numbers, accounts, phones and third persons in running text', () => {
    const text = '经查，当事人雇佣王小二（身份证号350102199003071234，电话13812345678）销售，货款转入账户6222020200012345678，证人王小二之妻李四。'
    const out = maskText(text, ['王小二', '李四'])
    expect(out).toBe('经查，当事人雇佣王某某（身份证号350102********1234，电话138****5678）销售，货款转入账户***************5678，证人王某某之妻李某某。')
    expect(out).not.toMatch(/\d{7,}/)
  })
  it('masks a natural person party, leaves an organisation’s public facts', () => {
    const person = { type: 'natural_person' as const, name: '曾小明', idNo: '350102199003071234', legalRep: '', address: '测试县城关镇人民路88号', phone: '13812345678' }
    expect(maskParty(person)).toEqual({ ...person, idNo: '350102********1234', address: '测试县城关镇***', phone: '138****5678' })
    const firm = { type: 'enterprise' as const, name: '测试县东方商行有限公司', idNo: '91350100M000100Y43', legalRep: '陈东方', address: '测试县城关镇人民路88号', phone: '0591-7654321' }
    expect(maskParty(firm)).toEqual({ ...firm, phone: '0591-***4321' })
  })

  it('finds the personal data a text for publication still holds, each once and in order', () => {
    const text = '当事人王某（身份证号35010219900307123X，旧证350102900307123）用手机13812345678、座机0591-87654321联系，经银行卡6222020200012345678收款；再次拨打13812345678。'
    expect(findPersonalData(text)).toEqual([
      { kind: 'id_number', text: '35010219900307123X' },
      { kind: 'id_number', text: '350102900307123' },
      { kind: 'mobile', text: '13812345678' },
      { kind: 'landline', text: '0591-87654321' },
      { kind: 'bank_account', text: '6222020200012345678' },
    ])
    // Full-width digits are found as their half-width selves; a masked text holds nothing more.
    expect(findPersonalData('电话１３８１２３４５６７８')).toEqual([{ kind: 'mobile', text: '13812345678' }])
    expect(findPersonalData(maskText(text))).toEqual([])
    expect(findPersonalData('罚款30000元，货值1200000元，登记号2026-0001。')).toEqual([])
  })
  it('keeps the numbers confirmed as meant to stay, but never an ID number', () => {
    const text = '举报电话0591-12315，批号6222021234567890123，王五身份证350102199003071234，手机13812345678。'
    expect(maskTextKeeping(text, ['王五'], ['0591-12315', '6222021234567890123', '350102199003071234'])).toBe(
      '举报电话0591-12315，批号6222021234567890123，王某某身份证350102********1234，手机138****5678。',
    )
    expect(maskTextKeeping(text, [], [])).toBe(maskText(text))
  })
})

import { describe, expect, it } from 'vitest'
import { onCommitted, type BoxState } from '../../../renderer/src/components/use-debounced-text'

// The search box and the URL: the clerk's typing must never be replaced by the box's own earlier search
// arriving late (seen in E2E: 茶叶 + Enter, then 鳄鱼 typed before the 茶叶 navigation applied, and the box
// showed 茶叶 again with 鳄鱼 never searched).

const box = (text: string, seen: string, pending: string[] = []): BoxState => ({ text, seen, pending })

describe('the search box when the committed value changes', () => {
  it('keeps what was typed since when its own search lands late', () => {
    expect(onCommitted(box('鳄鱼', '', ['茶叶']), '茶叶')).toEqual(box('鳄鱼', '茶叶'))
  })

  it('keeps the text when an older of its own searches lands, and waits for the newer one', () => {
    const after = onCommitted(box('茶叶罐', '', ['茶', '茶叶']), '茶')
    expect(after).toEqual(box('茶叶罐', '茶', ['茶叶']))
    expect(onCommitted(after, '茶叶')).toEqual(box('茶叶罐', '茶叶'))
  })

  it('follows a change from outside (清除筛选, Back, a link) and forgets what it sent', () => {
    expect(onCommitted(box('鳄鱼', '茶叶', ['鳄鱼']), '')).toEqual(box('', ''))
    expect(onCommitted(box('鳄', '茶叶'), '龙井')).toEqual(box('龙井', '龙井'))
  })

  it('keeps the clerk’s spacing when the outside value is the same search', () => {
    expect(onCommitted(box(' 龙井 ', '茶叶'), '龙井')).toEqual(box(' 龙井 ', '龙井'))
  })

  it('is unchanged (the same object) when the committed value is the one already seen', () => {
    const s = box('鳄鱼', '茶叶', ['鳄鱼'])
    expect(onCommitted(s, '茶叶')).toBe(s)
  })
})

// Every word the deck writes itself, in each of its languages: the toolbar and its panels, what a
// screen reader hears, and what the build puts on slides (a card's source, a part's number).
// Shared by the browser runtime and the build, so one table holds them.
import type { LangCode, LangTag } from './languages.js';

export interface UiText {
  outline: string;
  search: string;
  searchLabel: string;
  found: (n: number) => string;
  notFound: (words: string) => string;
  slides: string;
  scroll: string;
  slidesTitle: string;
  scrollTitle: string;
  browse: string;
  view: string;
  notesMark: string;
  /** The speaker view's heading over the notes. */
  notesHeading: string;
  language: string;
  slidesLanguage: string;
  notesLanguage: string;
  /** The toolbar switch's tip on the other language's button. */
  showIn: string;
  /** The speaker view's choice for notes that follow the slides' language. */
  sameAsSlides: string;
  switchKey: string;
  partsOfTheTalk: string;
  where: (title: string, n: number, total: number) => [string, string];
  source: string;
  slideNumber: (n: number) => string;
  /** Live presenting: a follower's badge, and the leader's count of followers. */
  live: string;
  backToLive: string;
  following: (n: number) => string;
  scanToFollow: string;
  /** Rehearsing, in the speaker view. */
  rehearse: string;
  stopRehearsal: string;
  saveTimings: string;
  timingsSaved: string;
  timingsDownloaded: string;
  rehearsalSlide: string;
  rehearsalPlan: string;
  rehearsalTook: string;
  rehearsalDiff: string;
  rehearsalTotal: string;
  rehearsalApart: string;
  /** Save timings on the dev server: what will change, to confirm first. */
  timingsToWrite: string;
  rehearsalNew: string;
  confirm: string;
  cancel: string;
  saving: string;
  /** Slides under `seconds` on screen are not rehearsed, and keep their timing. */
  notRehearsed: (slides: string, seconds: number) => string;
  nothingRehearsed: (seconds: number) => string;
  remote: string;
  previous: string;
  next: string;
  onTime: string;
  /** Pacing, with its sign: how far behind or ahead the talk is, and the current slide. */
  behind: (time: string) => string;
  ahead: (time: string) => string;
  left: (time: string) => string;
  over: (time: string) => string;
  /** The speaker view's clock, pacing and notes size. */
  start: string;
  restart: string;
  talkPace: string;
  slidePace: string;
  notStarted: string;
  notesSize: string;
  smaller: string;
  larger: string;
  /** The list of keys (?), as the README gives it. */
  keysTitle: string;
  keys: readonly (readonly [string, string])[];
  close: string;
  part: (n: number, total: number) => [string, string];
  timeline: string;
  qrCode: (url: string) => string;
  untranslated: string;
  figuresHeading: string;
  figuresIntro: string;
  figuresColumns: [string, string, string];
  page: (n: number, total: number) => string;
  handout: string;
}

/** The deck's own words in the languages written into the code: the source, and Chinese, whose
 *  words are more than templates (第一部分). Every other language brings them as data (`ui.yaml`). */
export const UI_TEXT: Readonly<Record<'en' | 'zh', UiText>> = {
  en: {
    outline: 'Outline',
    search: 'Search',
    searchLabel: 'Search the slides and notes',
    found: (n) => `${n} ${n === 1 ? 'slide' : 'slides'} found`,
    notFound: (words) => `No slide or note has “${words}”.`,
    slides: 'Slides',
    scroll: 'Scroll',
    slidesTitle: 'One slide at a time',
    scrollTitle: 'All slides on one page, with the speaker’s notes',
    browse: 'Browse the deck',
    view: 'View',
    notesMark: 'Notes: ',
    notesHeading: 'Notes',
    language: 'Language',
    slidesLanguage: 'Slides',
    notesLanguage: 'Speaker notes',
    showIn: 'Show the slides in English',
    sameAsSlides: 'As the slides',
    switchKey: 'Switch the slides’ language',
    partsOfTheTalk: 'Parts of the talk',
    where: (title, n, total) => [title, `, slide ${n} of ${total}.`],
    source: 'Source: ',
    slideNumber: (n) => `slide\u00a0${n}`,
    live: 'Live',
    backToLive: 'Back to live',
    following: (n) => `Live: ${n} following`,
    scanToFollow: 'Scan to follow the talk on your phone',
    rehearse: 'Rehearse',
    stopRehearsal: 'Stop',
    saveTimings: 'Save timings',
    timingsSaved: 'Saved into the slides',
    timingsDownloaded: 'Downloaded: apply it with deck timings apply',
    rehearsalSlide: 'Slide',
    rehearsalPlan: 'Plan',
    rehearsalTook: 'Took',
    rehearsalDiff: 'Difference',
    rehearsalTotal: 'Total',
    rehearsalApart: 'Overview and blackout',
    timingsToWrite: 'These timings will be written into the slides:',
    rehearsalNew: 'New',
    confirm: 'Confirm',
    cancel: 'Cancel',
    saving: 'Saving…',
    notRehearsed: (slides, seconds) => `Not rehearsed (under ${seconds} s), kept as they are: ${slides}`,
    nothingRehearsed: (seconds) => `No slide was rehearsed for ${seconds} s or more: nothing to save.`,
    remote: 'Remote',
    previous: 'Previous',
    next: 'Next',
    onTime: 'on time',
    behind: (t) => `+${t} behind`,
    ahead: (t) => `−${t} ahead`,
    left: (t) => `${t} left`,
    over: (t) => `+${t} over`,
    start: 'Start',
    restart: 'Restart',
    talkPace: 'Talk',
    slidePace: 'This slide',
    notStarted: 'The clock starts with Start or your first move',
    notesSize: 'Notes text size',
    smaller: 'Smaller notes',
    larger: 'Larger notes',
    keysTitle: 'Keys',
    keys: [
      ['→ ↓ Space, ← ↑', 'next, previous'],
      ['S', 'speaker view'],
      ['F', 'full screen'],
      ['O, Esc', 'overview of all slides'],
      ['G', 'jump to a slide by number'],
      ['B or .', 'black out the screen (again to come back)'],
      ['L', 'the slides in the next language'],
      ['Q', 'with deck present, on the presenter’s deck: the audience’s address as a QR code (again to hide it)'],
      ['?', 'list of keys'],
    ],
    close: 'Close',
    part: (n, total) => [`Part ${n} `, `of ${total}`],
    timeline: 'Timeline',
    qrCode: (url) => `QR code of ${url}`,
    untranslated: 'In English only',
    figuresHeading: 'Figures and their sources',
    figuresIntro: 'Every figure the talk quotes, with the slide that states it.',
    figuresColumns: ['Figure', 'What it counts', 'Source'],
    page: (n, total) => `Page ${n} of ${total}`,
    handout: 'handout',
  },
  zh: {
    outline: '目录',
    search: '搜索',
    searchLabel: '搜索幻灯片和备注',
    found: (n) => `找到${n}张幻灯片`,
    notFound: (words) => `幻灯片和备注中均未找到“${words}”。`,
    slides: '幻灯片',
    scroll: '滚动浏览',
    slidesTitle: '一次显示一张幻灯片',
    scrollTitle: '所有幻灯片显示在同一页面，并附演讲者备注',
    browse: '浏览演示文稿',
    view: '视图',
    notesMark: '备注：',
    notesHeading: '备注',
    language: '语言',
    slidesLanguage: '幻灯片',
    notesLanguage: '演讲者备注',
    showIn: '以中文显示幻灯片',
    sameAsSlides: '跟随幻灯片',
    switchKey: '切换幻灯片语言',
    partsOfTheTalk: '报告结构',
    where: (title, n, total) => [title, `，第${n}张，共${total}张。`],
    source: '来源：',
    slideNumber: (n) => `第${n}张幻灯片`,
    live: '同步中',
    backToLive: '回到演讲进度',
    following: (n) => `同步观众：${n}人`,
    scanToFollow: '扫码在手机上同步观看',
    rehearse: '排练',
    stopRehearsal: '停止',
    saveTimings: '保存用时',
    timingsSaved: '已写入幻灯片',
    timingsDownloaded: '已下载：用 deck timings apply 写入',
    rehearsalSlide: '幻灯片',
    rehearsalPlan: '计划',
    rehearsalTook: '用时',
    rehearsalDiff: '差值',
    rehearsalTotal: '合计',
    rehearsalApart: '概览与黑屏',
    timingsToWrite: '以下用时将写入幻灯片：',
    rehearsalNew: '新用时',
    confirm: '确认',
    cancel: '取消',
    saving: '正在保存…',
    notRehearsed: (slides, seconds) => `未排练（不足${seconds}秒），保持不变：${slides}`,
    nothingRehearsed: (seconds) => `没有一张幻灯片排练满${seconds}秒：无需保存。`,
    remote: '遥控',
    previous: '上一页',
    next: '下一页',
    onTime: '进度正常',
    behind: (t) => `落后 +${t}`,
    ahead: (t) => `提前 −${t}`,
    left: (t) => `剩余 ${t}`,
    over: (t) => `超时 +${t}`,
    start: '开始',
    restart: '重新计时',
    talkPace: '全程',
    slidePace: '本页',
    notStarted: '点击“开始”或翻页后开始计时',
    notesSize: '备注字号',
    smaller: '缩小备注文字',
    larger: '放大备注文字',
    keysTitle: '快捷键',
    keys: [
      ['→ ↓ 空格，← ↑', '下一张，上一张'],
      ['S', '演讲者视图'],
      ['F', '全屏'],
      ['O，Esc', '全部幻灯片概览'],
      ['G', '按编号跳转到幻灯片'],
      ['B 或 .', '黑屏（再按一次恢复）'],
      ['L', '切换幻灯片语言'],
      ['Q', '使用 deck present 时，在演讲者的幻灯片上显示观众访问地址的二维码（再按一次隐藏）'],
      ['?', '快捷键列表'],
    ],
    close: '关闭',
    // As a Chinese designer writes it: 第一部分 alone (the parts along the foot say how many), not a
    // word-for-word "Part 1 of 3".
    part: (n) => [`第${chineseCount(n)}部分`, ''],
    timeline: '时间轴',
    qrCode: (url) => `指向${url}的二维码`,
    untranslated: '仅提供英文版',
    figuresHeading: '数据及其来源',
    figuresIntro: '报告引用的全部数据，以及给出各项数据的幻灯片。',
    figuresColumns: ['数据', '说明', '来源'],
    page: (n, total) => `第${n}页，共${total}页`,
    handout: '讲义',
  },
};

/** Each built-in language by its own name, as the language menu writes it. */
export const LANGUAGE_NAMES: Readonly<Record<LangCode, string>> = { en: 'English', zh: '中文' };

/** The words of a language the code knows, or undefined. */
export const builtInText = (lang: LangCode): UiText | undefined => (lang === 'en' || lang === 'zh' ? UI_TEXT[lang] : undefined);

/** Every character the deck's own words can show, for the fonts cut to the page's text. */
export function uiCharacters(text: UiText, names: readonly string[] = Object.values(LANGUAGE_NAMES)): string {
  const words = Object.values(text).map((value: unknown) =>
    typeof value === 'function' ? String((value as (...args: unknown[]) => unknown)('', 0, 0)) : JSON.stringify(value),
  );
  return words.join('') + names.join('');
}

/** The arguments of each of the words that are functions, by name, in order: `{n}` in a template
 *  stands for the argument named n. */
const ARGUMENTS: Partial<Record<keyof UiText, readonly string[]>> = {
  found: ['n'],
  notFound: ['words'],
  where: ['title', 'n', 'total'],
  slideNumber: ['n'],
  following: ['n'],
  notRehearsed: ['slides', 'seconds'],
  nothingRehearsed: ['seconds'],
  behind: ['time'],
  ahead: ['time'],
  left: ['time'],
  over: ['time'],
  part: ['n', 'total'],
  qrCode: ['url'],
  page: ['n', 'total'],
};

/** A template's words, or where it has a form per plural category, the form its number takes. */
type Template = string | Readonly<Record<string, string>>;
type Words = Readonly<Record<string, Template | readonly (string | readonly string[])[]>>;

/** What a language's `ui.yaml` lacks or has wrong, each as words for a message: the keys of the
 *  source language's words, each of the same kind (words, a list, a template). */
export function uiWordsProblems(words: Words): { key: string; problem: string }[] {
  const out: { key: string; problem: string }[] = [];
  for (const [key, english] of Object.entries(UI_TEXT.en)) {
    const value = words[key];
    if (value === undefined) out.push({ key, problem: `has no "${key}"` });
    else if (Array.isArray(english) !== Array.isArray(value) && !(ARGUMENTS[key as keyof UiText] && Array.isArray(value)))
      out.push({ key, problem: `"${key}" must be ${Array.isArray(english) ? 'a list' : 'words'}` });
  }
  for (const key of Object.keys(words)) if (!(key in UI_TEXT.en)) out.push({ key, problem: `has "${key}", which the deck does not write` });
  return out;
}

/** A language's words as the deck uses them: templates made functions, a number choosing its
 *  plural form by `Intl.PluralRules` for `tag`. */
export function uiTextFromWords(words: Words, tag: LangTag): UiText {
  const plural = new Intl.PluralRules(tag);
  const fill = (template: Template, names: readonly string[], args: readonly unknown[]): string => {
    const n = args[names.indexOf('n')] ?? args[names.indexOf('seconds')];
    const form =
      typeof template === 'string'
        ? template
        : (template[typeof n === 'number' ? plural.select(n) : 'other'] ?? template['other'] ?? template['many'] ?? Object.values(template)[0] ?? '');
    return form.replace(/\{(\w+)\}/g, (whole, name: string) => (names.includes(name) ? String(args[names.indexOf(name)]) : whole));
  };
  const text: Record<string, unknown> = { ...UI_TEXT.en };
  for (const key of Object.keys(UI_TEXT.en) as (keyof UiText)[]) {
    const value = words[key];
    if (value === undefined) continue;
    const names = ARGUMENTS[key];
    if (!names) text[key] = value;
    else if (Array.isArray(value)) text[key] = (...args: unknown[]) => (value as Template[]).map((t) => fill(t, names, args));
    else text[key] = (...args: unknown[]) => fill(value as Template, names, args);
  }
  return text as unknown as UiText;
}

/** 一 to 十 in Chinese numerals, as Chinese counts parts and sessions; digits beyond. */
function chineseCount(n: number): string {
  return ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][n] ?? String(n);
}

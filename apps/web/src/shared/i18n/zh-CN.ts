/**
 * Chinese (default) UI strings. Every visible word lives here or in en.ts; the English file is
 * type-checked against this one so a missing translation fails the build.
 */
export const zhCN = {
  app: {
    name: '党建考评看板',
    fullName: '基层党建考评看板',
    tagline: '支部自评 · 街道审核 · 全区对比',
  },
  language: { label: '语言', zh: '中文', en: 'English' },
  roles: { ADMIN: '区委组织部管理员', REVIEWER: '审核人（街道/乡镇）', BRANCH: '支部书记', VIEWER: '查看人' },
  nav: {
    overview: '考评总览',
    review: '审核',
    admin: '系统管理',
    myBranch: '本支部',
    selfAssessment: '季度自评',
    compare: '支部对比',
    rectification: '整改台账',
  },
  header: {
    labelled: '{{label}}：{{text}}',
    scope: '管辖范围',
    logout: '退出登录',
    userMenu: '当前用户',
    menu: '菜单',
  },
  auth: {
    title: '登录',
    username: '用户名',
    usernamePlaceholder: '请输入用户名',
    usernameRequired: '请输入用户名',
    password: '密码',
    passwordPlaceholder: '请输入密码',
    passwordRequired: '请输入密码',
    submit: '登录',
    submitting: '正在登录…',
    wrongCredentials: '用户名或密码不正确，请重新输入。',
    sessionExpired: '登录已过期，请重新登录。',
    loggedOut: '您已退出登录。',
    help: '忘记密码请联系区委组织部管理员重置。',
  },
  errors: {
    title: '操作未成功',
    network: '无法连接服务器，请检查网络后重试。',
    server: '服务器暂时出错，请稍后重试。如果问题持续，请联系管理员。',
    unauthenticated: '登录已过期，请重新登录。',
    forbidden: '您没有权限进行此操作，或所查看的单位不在您的管辖范围内。',
    conflict: '数据已被他人修改，当前内容不是最新版本。请刷新页面后再保存。',
    notFound: '未找到所请求的内容，可能已被删除或不在您的管辖范围内。',
    badInput: '填写的内容有误，请检查后重试。',
    badInputField: '“{{field}}”填写有误：{{reason}}',
    periodClosed: '本季度考评已关闭，数据不能再修改。如需更正，请联系区委组织部。',
    tooManyRequests: '您已有报表正在生成，请等其完成后再下载。',
    unknown: '发生未知错误，请稍后重试。',
  },
  pages: {
    forbiddenTitle: '无权访问',
    forbidden: '您的账号没有访问此页面的权限。',
    notFoundTitle: '页面不存在',
    notFound: '您访问的页面不存在。',
    backHome: '返回首页',
    awaitingApiTitle: '{{screen}}',
    awaitingApi: '本页面正在接入考评数据，即将开放。',
  },
  inputKinds: {
    fraction: '分子 / 分母',
    count: '数量',
    percent: '百分比',
    number: '数值',
    band: '等次',
    checklist: '清单项',
    yesNo: '是 / 否',
  },
  form: {
    numerator: '实际完成',
    denominator: '应完成',
    yes: '是',
    no: '否',
    notAnswered: '未填写',
    maxPoints: '满分 {{points}} 分',
    bonusCap: '加分项，最多加 {{points}} 分',
    deductionCap: '扣分项，最多扣 {{points}} 分',
    veto: '一票否决项：选“是”则等次最高为{{grade}}',
    vetoAnyGrade: '一票否决项',
    clear: '清除',
    rate: '完成率 {{rate}}',
    percentRange: '请输入 0 到 100 之间的百分比。',
    wholeNumber: '请填写整数。',
    incompletePair: '请同时填写“实际完成”和“应完成”两项。',
  },
  common: { loading: '加载中…', retry: '重试', save: '保存', cancel: '取消', missing: '—' },
} as const;

/** The shape every language must provide: the same keys, any strings. */
export type Translation = DeepStrings<typeof zhCN>;
/** Same keys, any strings: the type a translation of a resource object must have (feature files use it too). */
export type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };

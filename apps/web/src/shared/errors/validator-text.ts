/**
 * class-validator's default English sentences (the API's DTO checks and UuidPipe: "branchId must be
 * a UUID") in Chinese, so the Chinese UI never shows them as they are. The sentence starts with the
 * property name, which the caller already shows as the field; several are joined with ", ".
 */
const ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/must be a UUID$/i, () => '编号格式不正确'],
  [/should not be empty$/, () => '不能为空'],
  [/must not be null \(omit it to keep the current value\)$/, () => '不能为空'],
  [/must be shorter than or equal to (\d+) characters$/, (m) => `不能超过 ${m[1]} 个字`],
  [/must be longer than or equal to (\d+) characters$/, (m) => `至少 ${m[1]} 个字`],
  [/must not be less than (-?[\d.]+)$/, (m) => `不能小于 ${m[1]}`],
  [/must not be greater than (-?[\d.]+)$/, (m) => `不能大于 ${m[1]}`],
  [/must be an integer number$/, () => '须为整数'],
  [/must be a number conforming to the specified constraints$/, () => '须为数字'],
  [/must be a string$/, () => '须为文字'],
  [/must be a boolean value$/, () => '须为“是”或“否”'],
  [/must be an email$/, () => '邮箱格式不正确'],
  [/must be an array$/, () => '须为列表'],
  [/must contain no more than (\d+) elements$/, (m) => `最多 ${m[1]} 项`],
  [/must contain at least (\d+) elements$/, (m) => `至少 ${m[1]} 项`],
  [/must be one of the following values: (.*)$/, (m) => `须为以下之一：${m[1]}`],
];

function one(sentence: string): string | undefined {
  for (const [pattern, zh] of ZH) {
    const m = pattern.exec(sentence.trim());
    if (m) return zh(m);
  }
  return undefined;
}

/**
 * The Chinese for a class-validator message ("id must be a UUID" → "编号格式不正确"; several joined
 * with "；"), or undefined when any part of it is not one of the sentences known here.
 */
export function validatorTextZh(message: string): string | undefined {
  const parts = message.split(/,\s+(?=[\w.[\]]+\s+(?:must|should)\b)/);
  const texts = parts.map(one);
  return texts.every((t): t is string => t !== undefined) ? texts.join('；') : undefined;
}

/** A server sentence about a field, in the reader's language where it is one class-validator wrote. */
export function fieldReason(message: string, lang: 'zh' | 'en'): string {
  return lang === 'zh' ? (validatorTextZh(message) ?? message) : message;
}

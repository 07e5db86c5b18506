// Lines a translator leaves out, or adds, on purpose: bylines, datelines, photo and data credits.
// "[워싱턴=연합뉴스]", "(자료=금융감독원)", "/연합뉴스", "홍길동 기자 hong@example.com",
// "[사진=SK하이닉스 제공]"; in English "(Yonhap)", "By Kim Ji-hoon", "Photo: Reuters".
// Such a line is likely a 1-0 (or 0-1) link, and its names must not pull it into a neighbour's link.

const BRACKETED = /^\s*[[(【<〈].*[\])】>〉]\s*$/u;
const KO_CREDIT_END = /(?:제공|기자|특파원|뉴스|일보|통신)\s*[\])】>〉]\s*$/u;
const KO_BYLINE = /(?:기자|특파원)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$/u;
const EN_CREDIT = /^\s*(?:\([A-Z][\w&' -]{1,25}\)|By [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}|(?:Photo|Photos|Source|Graphic|Reporting|Editing)(?: by|:) .{1,50})\s*$/u;

const visible = (text: string): number => text.replace(/\s+/gu, '').length;

/** Whether a Korean line reads as a credit, a dateline or a byline rather than article text. */
export function isKoreanCredit(text: string): boolean {
  if (visible(text) > 45) return false;
  const trimmed = text.trim();
  // "/연합뉴스", "▶ 홍길동 기자": a mark and a name, no sentence.
  if (/^[/▶]\s*[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{2,12})?$/u.test(trimmed)) return true;
  // "(자료=금융감독원)", "[사진=SK하이닉스 제공]", but not "(자세한 내용은 부록에 있다.)".
  if (BRACKETED.test(trimmed) && (/=\s*[가-힣]/u.test(trimmed) || KO_CREDIT_END.test(trimmed))) return true;
  // "[그래픽] 2025년 예산안 주요 내용", "(사진) 회담하는 두 정상": a caption tag.
  if (/^[[【(](?:그래픽|사진|표|영상|포토|인포그래픽|자료사진)[\]】)]/u.test(trimmed)) return true;
  return KO_BYLINE.test(trimmed) && !/[다요]\.?\s*$/u.test(trimmed);
}

/** Whether an English line reads as a credit or a byline. */
export function isEnglishCredit(text: string): boolean {
  return visible(text) <= 60 && EN_CREDIT.test(text);
}

/** Cost taken off leaving a credit line unaligned: enough to beat the 1-0 prior and a weak anchor. */
export const CREDIT_SKIP = 6;

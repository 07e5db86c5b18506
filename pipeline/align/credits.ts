// Lines a translator leaves out, or adds, on purpose: bylines, datelines, photo and data credits.
// "[워싱턴=연합뉴스]", "(자료=금융감독원)", "/연합뉴스", "홍길동 기자 hong@example.com",
// "[사진=SK하이닉스 제공]"; in English "(Yonhap)", "By Kim Ji-hoon", "Photo: Reuters".
// Such a line is likely a 1-0 (or 0-1) link, and its names must not pull it into a neighbour's link.

const BRACKETED = /^\s*[[(【<〈].*[\])】>〉]\s*$/u;
const KO_CREDIT_END = /(?:제공|기자|특파원|뉴스|일보|통신)\s*[\])】>〉]\s*$/u;
const KO_BYLINE = /(?:기자|특파원)\s*(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?\s*$/u;
const EN_CREDIT = /^\s*(?:\([A-Z][\w&' -]{1,25}\)|\[[A-Z][\w&' -]{1,25}\]|B[yY] [A-Z][\w'-]+(?: [A-Z][\w'-]+){0,3}(?:\s*\[?[\w.+-]+@[\w-]+(?:\.[\w-]+)+\]?)?|[([]?(?:Photo|Photos|Source|Graphic|Graphics|Image|Video|Reporting|Editing|Writing)(?: by|:| courtesy of) .{1,50}?[)\]]?)\s*$/u;
/** An e-mail address (or a name and one) alone on a line: the reporter's signature. */
const EMAIL_LINE = /^\s*[\w가-힣 .-]{0,20}?\s*[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*$/u;
/** A masthead alone on a line: "Korea JoongAng Daily", "The Korea Herald", "Yonhap News Agency". */
const EN_MASTHEAD = /^\s*(?:The\s+)?(?:[A-Z][\w'’&.-]*\s+){0,4}(?:Daily|Herald|Times|Post|News|Agency|Journal|Press|Yonhap|Wire|Tribune)\s*$/u;

const BROADCAST_SIGN_OFF =
  /^(?:지금까지\s[가-힣]{1,10}(?:였|이었)습니다|.{0,20}뉴스\s[가-힣]{2,4}입니다|.{0,20}[가-힣]{2,4}\s?(?:기자|특파원)(?:입니다|였습니다)|.{0,25}전해\s?드렸습니다|[가-힣]{2,4}\s?(?:기자|특파원)가\s(?:보도합니다|전합니다))\.?$/u;

const visible = (text: string): number => text.replace(/\s+/gu, '').length;

/** Whether a Korean line reads as a credit, a dateline or a byline rather than article text. */
export function isKoreanCredit(text: string): boolean {
  if (visible(text) > 45) return false;
  const trimmed = text.trim();
  if (EMAIL_LINE.test(trimmed)) return true;
  // "(서울=연합뉴스)", "[도쿄=교도]" alone: a dateline whose article text sits on the next line.
  if (/^[[(【]\s*[가-힣]{1,10}\s*=\s*[가-힣A-Za-z]{1,12}\s*[\])】]$/u.test(trimmed)) return true;
  // "/연합뉴스", "▶ 홍길동 기자": a mark and a name, no sentence.
  if (/^[/▶]\s*[가-힣A-Za-z]{2,12}(?:\s[가-힣A-Za-z]{2,12})?$/u.test(trimmed)) return true;
  // "(자료=금융감독원)", "[사진=SK하이닉스 제공]", but not "(자세한 내용은 부록에 있다.)".
  if (BRACKETED.test(trimmed) && (/=\s*[가-힣]/u.test(trimmed) || KO_CREDIT_END.test(trimmed))) return true;
  // "[그래픽] 2025년 예산안 주요 내용", "(사진) 회담하는 두 정상": a caption tag.
  if (/^[[【(](?:그래픽|사진|표|영상|포토|인포그래픽|자료사진)[\]】)]/u.test(trimmed)) return true;
  // A broadcast sign-off or hand-over: "지금까지 날씨였습니다.", "KBS 뉴스 김지원입니다.",
  // "지금까지 도쿄에서 전해드렸습니다.", "이민정 기자가 보도합니다."
  if (BROADCAST_SIGN_OFF.test(trimmed)) return true;
  return KO_BYLINE.test(trimmed) && !/[다요]\.?\s*$/u.test(trimmed);
}

/** Whether an English line reads as a credit or a byline. */
export function isEnglishCredit(text: string): boolean {
  if (visible(text) > 60) return false;
  // "(END)", "(LEAD)", "(2nd LD)": wire-service tags.
  if (/^\s*[([](?:END|LEAD|\d+(?:st|nd|rd|th) LD|URGENT|AMENDED|CORRECTED)[)\]]\s*$/iu.test(text)) return true;
  return EN_CREDIT.test(text) || EMAIL_LINE.test(text) || EN_MASTHEAD.test(text);
}

/** Cost taken off leaving a credit line unaligned: enough to beat the 1-0 prior and a weak anchor. */
export const CREDIT_SKIP = 6;

/**
 * Cost of putting a credit line in a link with sentences of the other side: a byline, a dateline
 * or a masthead is not a translation of anything (bylines differ between editions), so it stays
 * a 1-0 or 0-1 link even when its length would fit a neighbour's.
 */
export const CREDIT_ALONE = 6;

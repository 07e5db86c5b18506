// Publish times as Korean pages print them → ISO 8601. Korean sites print Korea time (UTC+9) without
// saying so, so a time without an offset gets +09:00.

/**
 * "2025-02-04 14:28", "2025.02.04. 오후 2:28", "2025년 2월 4일 14시 28분", "25.02.04 14:28",
 * "2025-02-04T14:28:00+09:00" → "2025-02-04T14:28:00+09:00"; a date alone → "2025-02-04". Null when
 * nothing parses.
 */
export function parsePublished(text: string): string | null {
  const iso = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/.exec(text.trim());
  if (iso) {
    const [, y, mo, d, h, mi, s, zone] = iso;
    const offset = !zone ? '+09:00' : zone === 'Z' ? 'Z' : zone.includes(':') ? zone : `${zone.slice(0, 3)}:${zone.slice(3)}`;
    return `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${offset}`;
  }
  const date = /(\d{4}|\b\d{2})\s*[.\-/년]\s*(\d{1,2})\s*[.\-/월]\s*(\d{1,2})(?!\d)/.exec(text);
  if (!date) return englishDate(text);
  let year = Number(date[1]);
  if (year < 100) year += 2000;
  const month = Number(date[2]);
  const day = Number(date[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const day10 = `${year}-${pad(month)}-${pad(day)}`;
  const after = text.slice(date.index + date[0].length);
  const time = /(오전|오후|AM|PM|am|pm)?\s*(\d{1,2})\s*[:시]\s*(\d{1,2})\s*분?(?:\s*:?\s*(\d{1,2})\s*초?)?\s*(AM|PM|am|pm)?/.exec(after);
  if (!time) return day10;
  let hour = Number(time[2]);
  const meridiem = (time[1] ?? time[5] ?? '').toLowerCase();
  if ((meridiem === '오후' || meridiem === 'pm') && hour < 12) hour += 12;
  if ((meridiem === '오전' || meridiem === 'am') && hour === 12) hour = 0;
  const minute = Number(time[3]);
  const second = Number(time[4] ?? 0);
  if (hour > 23 || minute > 59 || second > 59) return day10;
  return `${day10}T${pad(hour)}:${pad(minute)}:${pad(second)}+09:00`;
}

/** "February 4, 2025", "Feb. 4 2025" → "2025-02-04". */
function englishDate(text: string): string | null {
  const match = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/i.exec(text);
  if (!match) return null;
  const month = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'].indexOf(match[1]!.toLowerCase()) + 1;
  return `${match[3]}-${pad(month)}-${pad(Number(match[2]))}`;
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

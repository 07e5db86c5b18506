// XML text and attribute escaping shared by the TMX and XLIFF writers.
// XML 1.0 cannot carry most C0 control characters (not even as `&#…;`), noncharacters U+FFFE/U+FFFF,
// or lone surrogates: they are removed, and the caller learns which were removed so it can say so.

// Everything XML 1.0 forbids: C0 controls but TAB/LF/CR, U+FFFE, U+FFFF, and unpaired surrogates.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Code points (as `U+XXXX`) removed from `text` because XML 1.0 cannot hold them. */
export function invalidXmlChars(text: string): string[] {
  const found = text.match(INVALID_XML_CHARS);
  return found ? found.map((char) => `U+${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`) : [];
}

export function stripInvalidXmlChars(text: string): string {
  return text.replace(INVALID_XML_CHARS, '');
}

/**
 * Element content, whitespace kept exactly: `&`, `<`, `>` escaped, and CR written as `&#13;`
 * because a parser turns a literal CR (or CRLF) into LF.
 */
export function escapeXmlText(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>\r]/g, (char) =>
    char === '&' ? '&amp;' : char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&#13;',
  );
}

/** Attribute value in double quotes; TAB, LF and CR as character references so they survive normalisation. */
export function escapeXmlAttr(text: string): string {
  return stripInvalidXmlChars(text).replace(/[&<>"\t\n\r]/g, (char) => {
    switch (char) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return `&#${char.charCodeAt(0)};`;
    }
  });
}

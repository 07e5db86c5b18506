// Korean words of rules and their enforcement, common in news and missing from the other lists, for the validator's
// coverage checks only (the aligner does not read this list). Each key starts a word; each English side is a
// regular-expression fragment matched as whole words, any case, with the usual inflections. A word a translator often
// renders by its sense alone (우려 "fears", 기대 "hopes") is left out: its absence would be weak evidence.

export const POLICY_LEXICON: ReadonlyArray<readonly [string, string]> = [
  ['당국', String.raw`authorit(?:y|ies)|officials?|regulators?|police|ministry`],
  ['제한', String.raw`limit\w*|restrict\w*|curb\w*|cap\w*|ban\w*|control\w*|only|no more than|within`],
  ['방지', String.raw`prevent\w*|avoid\w*|stop\w*|curb\w*|block\w*|guard\w*|protect\w*|keep\w*|deter\w*|combat\w*|fight\w*|anti-\w*`],
  ['폐지', String.raw`abolish\w*|scrap\w*|repeal\w*|eliminat\w*|end\w*|remov\w*|lift\w*|discontinu\w*|axe\w*|do away`],
  ['완화', String.raw`eas\w*|relax\w*|loosen\w*|lift\w*|alleviat\w*|relie\w*|soften\w*|reduc\w*|lower\w*|cut\w*|deregulat\w*|less`],
  ['허용', String.raw`allow\w*|permit\w*|let|lets|authori[sz]\w*|approv\w*|legali[sz]\w*|open\w*|can|may`],
  ['금지', String.raw`ban\w*|prohibit\w*|forbid\w*|forbade|outlaw\w*|bar|barred|bars|not allowed|no\b|illegal|may not|cannot`],
  ['취소', String.raw`cancel\w*|call\w* off|revok\w*|withdr[ae]w\w*|scrap\w*|annul\w*|overturn\w*|dropp?\w*`],
  ['해결', String.raw`solv\w*|resolv\w*|resolution|settl\w*|fix\w*|address\w*|tackl\w*|handl\w*|end\w*|sort\w* out|work\w* out`],
  ['제안', String.raw`propos\w*|suggest\w*|offer\w*|pitch\w*|recommend\w*|invit\w*|urg\w*|call\w*`],
  ['혜택', String.raw`benefit\w*|perks?|advantages?|discounts?|incentives?|privileges?|subsid\w*|eligib\w*`],
  ['모임', String.raw`gather\w*|meeting\w*|meet|meets|get-togethers?|groups?|assembl\w*|club\w*|circles?`],
  ['인재', String.raw`talent\w*|people|workers|professionals|minds|experts|personnel|recruits?|staff|hires?|graduates`],
];

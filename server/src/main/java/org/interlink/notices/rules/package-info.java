/**
 * The compliance gate: small, pure rule classes per notice type ({@link org.interlink.notices.rules.RedNoticeRules},
 * …) and the Article 3 signals, each rule with an id, a severity and a message quoting what triggered it.
 */
@NullMarked
package org.interlink.notices.rules;

import org.jspecify.annotations.NullMarked;

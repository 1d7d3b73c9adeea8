/**
 * Screening at the border and by national systems: in-memory indexes kept current from the records' events, person,
 * document, vehicle and passenger-list checks under the access policy, and the hits they raise (silent hits for records
 * the searcher may not see).
 */
@NullMarked
package org.interlink.screening;

import org.jspecify.annotations.NullMarked;

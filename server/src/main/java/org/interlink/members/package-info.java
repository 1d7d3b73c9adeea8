/**
 * Member countries, their National Central Bureaus and the General Secretariat; the people (users) and national
 * systems (machine clients) who act for them; sign-in and access tokens.
 */
@NullMarked
package org.interlink.members;

import org.jspecify.annotations.NullMarked;

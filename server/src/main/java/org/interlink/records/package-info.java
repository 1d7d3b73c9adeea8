/**
 * The shared police databases: persons (nominal data), travel documents, vehicles, firearms and works of art; their
 * history, bulk and UN list imports, and retention. The API for other modules is {@link Records}, the snapshot value
 * types and the past-tense events published after every committed change.
 */
@NullMarked
package org.interlink.records;

import org.jspecify.annotations.NullMarked;

package org.interlink.common;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One page of a list, as every list endpoint answers: {@code {"items": [...], "nextCursor": "..."}}.
 *
 * @param nextCursor opaque; absent on the last page
 */
public record CursorPage<T>(List<T> items, @Nullable String nextCursor) {}

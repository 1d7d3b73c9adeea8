package org.interlink.notices;

import org.interlink.access.Restriction;
import org.jspecify.annotations.Nullable;

/**
 * A notice or diffusion about a person went into circulation: screening indexes its subject at once. Published inside
 * the publishing transaction; delivered after commit.
 *
 * @param noticeId the notice's id
 * @param type the notice type ({@code RED}, {@code YELLOW}, …)
 * @param personId the subject's person record
 * @param owner the requesting bureau (ISO 3166-1 alpha-2)
 * @param restriction who may see the notice (for a diffusion: only its recipients)
 * @param action what the notice asks of an officer, e.g. {@code "arrest — Red Notice"}
 * @param about what the notice is about in its own words ({@link NoticeRequest#about()}); null when it states nothing
 */
public record NoticePublished(
        String noticeId,
        String type,
        String personId,
        String owner,
        Restriction restriction,
        String action,
        @Nullable String about) {}

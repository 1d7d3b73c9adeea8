/** The messaging REST API ({@code /api/v1/messages}) and the message pages of the web UI. */
@NullMarked
package org.interlink.messaging.web;

import org.jspecify.annotations.NullMarked;

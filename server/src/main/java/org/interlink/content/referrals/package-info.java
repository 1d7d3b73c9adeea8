/**
 * Referrals and removal orders: a bureau asks an online platform or another bureau to review a URL or an item
 * (referral) or to remove it within one hour (removal order, Regulation (EU) 2021/784), with the evidence (hashes,
 * labels, bank entries); each is sent, acknowledged and acted on, exported as a PDF, and flagged on the home page when
 * an order is overdue.
 */
@NullMarked
package org.interlink.content.referrals;

import org.jspecify.annotations.NullMarked;

/**
 * The admin area in a browser ({@code /admin}): what readers ask that the paper does not answer, grouped by need,
 * with totals by day; and uploading pages, refreshing the index and following the refresh, which the admin API
 * offers to scripts. Behind one guard ({@link newsdesk.web.adminpage.AdminPageGuard}), signed in once with the
 * admin token.
 */
@NullMarked
package newsdesk.web.adminpage;

import org.jspecify.annotations.NullMarked;

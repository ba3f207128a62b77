/**
 * The web front end: the page at {@code /} for asking and searching, the article view, the JSON API
 * under {@code /api}, and what Actuator reports about answering. Everything here is package-private;
 * other features reach it only over HTTP.
 */
@NullMarked
package newsdesk.web;

import org.jspecify.annotations.NullMarked;

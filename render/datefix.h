/* datefix: what to write instead of a date that date_parse refuses but people
 * and spreadsheets commonly write: "21/02/2020", "Feb 21, 2020", "21 февраля
 * 2020", "2020-02-21 10:00:00", "2020–02–21" with dashes, a day number. */
#ifndef RENDER_DATEFIX_H
#define RENDER_DATEFIX_H

#include <glib.h>

/* The advice for s, ending in the date to write ("write 2020-02-21"; both
 * readings when day and month could be either), with any ~ and ? kept;
 * *at is the byte offset in s the advice is about (0, or where a time of
 * day or a wrong dash starts). NULL when s is not one of those forms, or
 * names no real date. The caller frees the advice. */
char *datefix_advice(const char *s, int *at);

#endif

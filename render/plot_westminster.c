/* plot_westminster: a house on benches; see plot_westminster.h. */
#include "plot_westminster.h"
#include "benches.h"

#define SEAT_R 0.4           /* of a pitch of 1 */
#define NOTE_OFF 0.15        /* a bench's name sits this far off its seats */

/* Each bench's name, outside the rows: opposition over its bench,
 * government under its own, cross benches over theirs at the right. */
static void name_benches(SeatPlot *p, const Benches *b, Lang l)
{
	if (b->opposition)
		seatplot_add_note(p, lang_word(l, LANG_W_OPPOSITION, 1), b->wing_x + 0.1,
		                  -NOTE_OFF, TRUE, FALSE);
	if (b->government)
		seatplot_add_note(p, lang_word(l, LANG_W_GOVERNMENT, 1), b->wing_x + 0.1,
		                  b->height + NOTE_OFF, FALSE, FALSE);
	if (b->cross)
		seatplot_add_note(p, lang_word(l, LANG_W_CROSS_BENCHES, 1), b->width - 0.1,
		                  -NOTE_OFF, TRUE, TRUE);
}

void plot_westminster_build(SeatPlot *p, const Parliament *h, GArray *cuts, Lang l)
{
	seatplot_init(p, h, SEAT_R);
	Benches *b = bench_westminster(h->parties, h->nparties);
	for (int i = 0; i < b->nseats; i++)
		seatplot_add_seat(p, b->seats[i].x, b->seats[i].y, b->seats[i].party);
	name_benches(p, b, l);
	bench_free(b);
	GString *words = g_string_new(NULL);
	for (guint i = 0; i < cuts->len; i++)
		g_string_append_printf(words, "%s%s", i ? " · " : "", seatcut_at(cuts, i)->label);
	p->words = words->len ? g_string_free(words, FALSE) : (g_string_free(words, TRUE), NULL);
}

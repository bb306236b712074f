/* seatcut: the threshold lines of a house; see seatcut.h. */
#include "seatcut.h"
#include "diag.h"

static char *cut_label(Lang l, const ParlThreshold *t, int seats)
{
	char *n = lang_integer(l, seats), *s;
	if (!t)
		s = g_strdup_printf("%s: %s", lang_word(l, LANG_W_MAJORITY, 1), n);
	else if (t->ratio > 0)
		s = g_strdup_printf("%s: %s", t->spec, n);
	else
		s = g_strdup_printf("%s %s", n, lang_word(l, LANG_W_SEATS, seats));
	g_free(n);
	return s;
}

static void cut_clear(gpointer c)
{
	g_free(((SeatCut *)c)->label);
}

static void add_cut(GArray *cuts, int seats, SeatCutKind kind, char *label)
{
	SeatCut c = {seats, kind, label};
	g_array_append_val(cuts, c);
}

static gboolean has_cut_at(GArray *cuts, int seats)
{
	for (guint j = 0; j < cuts->len; j++)
		if (seatcut_at(cuts, j)->seats == seats)
			return TRUE;
	return FALSE;
}

GArray *seatcut_list(const Parliament *h, gboolean majority,
                     const ParlThreshold *thresholds, int n, Lang l, GError **err)
{
	GArray *cuts = g_array_new(FALSE, FALSE, sizeof(SeatCut));
	g_array_set_clear_func(cuts, cut_clear);
	/* One or two seats: "more than half" is every seat; no line says that. */
	if (majority && h->total >= SEATCUT_MIN_MAJORITY_TOTAL) {
		int m = parl_majority(h->total);
		add_cut(cuts, m, SEATCUT_MAJORITY, cut_label(l, NULL, m));
	}
	for (int i = 0; i < n; i++) {
		const ParlThreshold *t = &thresholds[i];
		int m = parl_threshold_seats(t, h->total);
		if (m > h->total) {
			g_array_free(cuts, TRUE);
			diag_fail(err, DIAG_USAGE, "--threshold %s: %d seats, more than "
			          "the %d seats of %s%s%s; expected at most %d", t->spec, m,
			          h->total, h->election ? "election \"" : "the house",
			          h->election ? h->election : "", h->election ? "\"" : "",
			          h->total);
			return NULL;
		}
		/* A line already drawn at this count is drawn once. */
		if (!has_cut_at(cuts, m))
			add_cut(cuts, m, SEATCUT_THRESHOLD, cut_label(l, t, m));
	}
	return cuts;
}

const char *seatcut_role(SeatCutKind kind)
{
	return kind == SEATCUT_MAJORITY ? "majority" : "threshold";
}

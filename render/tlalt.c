/* tlalt: a timeline's alt text; see tlalt.h. */
#include "tlalt.h"
#include "lang.h"

#include <stdlib.h>

enum { MAX_LISTED = 60 };   /* events listed one a line */

/* "Title. Timeline of 7 events, 16 Oct 2019 – 22 Feb 2020." */
static void summary(GString *s, const TlLayout *L)
{
	Lang lang = L->opts->lang;
	int n = (int)L->ev->items->len;
	const Event *first = tllayout_event(L, 0), *last = tllayout_event(L, 0);
	for (int i = 1; i < n; i++)
		if (tllayout_event(L, i)->t1 > last->t1)
			last = tllayout_event(L, i);
	char *range = lang_date_range(lang, &first->date, last->has_end ? &last->end : &last->date);
	char *count = lang_phrase(lang, LANG_P_ALT_TIMELINE, n, 0);
	if (L->opts->title && *L->opts->title)
		g_string_append_printf(s, "%s. ", L->opts->title);
	g_string_append_printf(s, "%s, %s.", count, range);
	g_free(range);
	g_free(count);
}

/* " Periods without events left out of the axis: 47 days, 3 years." */
static void breaks(GString *s, const TlLayout *L)
{
	const TlScale *sc = &L->scale;
	if (sc->ts.n <= 1)
		return;
	g_string_append_printf(s, " %s", lang_word(L->opts->lang, LANG_W_ALT_GAPS, 1));
	for (int i = 0; i + 1 < sc->ts.n; i++)
		g_string_append_printf(s, "%s %s", i ? "," : "", sc->gap_text[i]);
	g_string_append_c(s, '.');
}

static guint32 bit_reverse(guint32 v)
{
	guint32 r = 0;
	for (int i = 0; i < 32; i++, v >>= 1)
		r = (r << 1) | (v & 1);
	return r;
}

/* An event's place in the order the alt text picks events in. */
typedef struct Rank {
	double priority;
	guint32 key;   /* bit-reversed index: equal priorities spread over time */
	int index;
} Rank;

/* Most important first; equal priorities spread over the time range, as
 * the labels are tried. */
static int cmp_rank(const void *pa, const void *pb)
{
	const Rank *a = pa, *b = pb;
	if (a->priority != b->priority)
		return a->priority > b->priority ? -1 : 1;
	return (a->key > b->key) - (a->key < b->key);
}

static int cmp_index(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;
	return (a > b) - (a < b);
}

/* "16 Oct 2019: Party announced (Party): detail." */
static void event_line(GString *s, const TlLayout *L, const Event *e)
{
	char *d = tllayout_date(L, e);
	g_string_append_printf(s, "\n%s: %s", d, e->label);
	if (e->group >= 0)
		g_string_append_printf(s, " (%s)", (char *)g_ptr_array_index(L->ev->groups, e->group));
	if (e->detail)
		g_string_append_printf(s, ": %s", e->detail);
	g_string_append_c(s, '.');
	g_free(d);
}

char *tlalt_text(const TlLayout *L)
{
	GString *s = g_string_new(NULL);
	int n = (int)L->ev->items->len, listed = MIN(n, MAX_LISTED);
	summary(s, L);
	breaks(s, L);
	/* Too many to list: the most important, in time order. */
	int *idx = g_new(int, (gsize)MAX(n, 1));
	for (int i = 0; i < n; i++)
		idx[i] = i;
	if (listed < n) {
		Rank *rank = g_new(Rank, (gsize)MAX(n, 1));
		for (int i = 0; i < n; i++)
			rank[i] = (Rank){tllayout_event(L, i)->priority, bit_reverse((guint32)i), i};
		qsort(rank, (size_t)n, sizeof *rank, cmp_rank);
		for (int k = 0; k < listed; k++)
			idx[k] = rank[k].index;
		g_free(rank);
		qsort(idx, (size_t)listed, sizeof *idx, cmp_index);
		char *head = lang_phrase(L->opts->lang, LANG_P_ALT_LISTED, listed, 0);
		g_string_append_printf(s, "\n%s", head);
		g_free(head);
	}
	for (int k = 0; k < listed; k++)
		event_line(s, L, tllayout_event(L, idx[k]));
	if (listed < n) {
		char *more = lang_phrase(L->opts->lang, LANG_P_ALT_MORE, n - listed, 0);
		g_string_append_printf(s, "\n%s", more);
		g_free(more);
	}
	g_free(idx);
	g_string_append_c(s, '\n');
	return g_string_free(s, FALSE);
}

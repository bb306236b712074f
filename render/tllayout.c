/* tllayout: one timeline layout in progress; see tllayout.h. */
#include "tllayout.h"
#include "labeltext.h"
#include "page.h"

#include <string.h>

void tllayout_init(TlLayout *L, const Events *ev, const TimelineSettings *set,
                   const ChartOptions *opts, TextMeasurer *tm)
{
	*L = (TlLayout){.ev = ev, .set = set, .opts = opts, .tm = tm, .lo = PAGE_MARGIN,
	                .hi = opts->width - PAGE_MARGIN};
	L->wrap_cap = L->hi - L->lo;
}

static void key_clear(gpointer p)
{
	g_free(((TlKey *)p)->text);
}

void tllayout_start(TlLayout *L)
{
	tllayout_clear(L);
	L->scene = scene_new(L->opts->width, L->opts->height);
	L->keys = g_array_new(FALSE, TRUE, sizeof(TlKey));
	g_array_set_clear_func(L->keys, key_clear);
	L->note_of = g_new0(int, L->ev->sources->len + 1);
	L->notes = g_ptr_array_new();
	tlcolor_assign(&L->colors, L->ev, L->opts->palette);
	tlblock_make(L->ev, &L->blocks, &L->spans);
}

void tllayout_clear(TlLayout *L)
{
	if (L->blocks)
		g_array_free(L->blocks, TRUE);
	if (L->spans)
		g_array_free(L->spans, TRUE);
	if (L->keys)
		g_array_free(L->keys, TRUE);
	if (L->notes)
		g_ptr_array_free(L->notes, TRUE);
	g_free(L->note_of);
	tlscale_clear(&L->scale);
	tlcolor_clear(&L->colors);
	scene_free(L->scene);
	tllayout_init(L, L->ev, L->set, L->opts, L->tm);
}

char *tllayout_label(const TlLayout *L, const Event *e)
{
	return labeltext_label(e->label, e->source > 0 ? L->note_of[e->source] : 0);
}

char *tllayout_date(const TlLayout *L, const Event *e)
{
	return labeltext_date(L->opts->lang, e);
}

char *tllayout_key_text(const TlLayout *L, const Event *e)
{
	char *d = tllayout_date(L, e), *t = tllayout_label(L, e);
	char *detail = e->detail ? labeltext_label(e->detail, 0) : NULL;
	char *k = detail ? g_strdup_printf("%s: %s \u2014 %s", d, t, detail)
	                 : g_strdup_printf("%s: %s", d, t);
	g_free(d);
	g_free(t);
	g_free(detail);
	return k;
}

void tllayout_placeholder_notes(TlLayout *L)
{
	int nsrc = (int)L->ev->sources->len;
	if (nsrc == 0)
		return;
	/* The widest superscript digit, as many times as the last number has
	 * digits. */
	TextStyle st = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
	int widest = 0, stand_in = 0;
	double w = -1;
	for (int d = 0; d <= 9; d++) {
		GString *s = g_string_new(NULL);
		labeltext_superscript(s, d);
		double dw = text_measure(L->tm, s->str, &st).w;
		if (dw > w)
			w = dw, widest = d;
		g_string_free(s, TRUE);
	}
	for (int n = nsrc; n > 0; n /= 10)
		stand_in = stand_in * 10 + widest;
	for (int i = 1; i <= nsrc; i++)
		L->note_of[i] = MAX(stand_in, 1);
}

/* Marks the CSV lines the drawn blocks of a list name. */
static void mark_named(GArray *list, guint8 *named, int maxline)
{
	for (guint i = 0; i < list->len; i++) {
		const TlBlock *b = &g_array_index(list, TlBlock, i);
		if (b->state == TLBLOCK_UNDRAWN || !b->lines)
			continue;
		for (guint j = 0; j < b->lines->len; j++) {
			const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, j);
			if (ln->row > 0 && ln->row <= maxline)
				named[ln->row] = 1;
		}
	}
}

void tllayout_number_notes(TlLayout *L)
{
	int nev = (int)L->ev->items->len, maxline = 0;
	memset(L->note_of, 0, sizeof(int) * (L->ev->sources->len + 1));
	g_ptr_array_set_size(L->notes, 0);
	if (L->ev->sources->len == 0)
		return;
	for (int i = 0; i < nev; i++)
		maxline = MAX(maxline, tllayout_event(L, i)->line);
	guint8 *named = g_new0(guint8, (gsize)maxline + 1);
	mark_named(L->blocks, named, maxline);
	mark_named(L->spans, named, maxline);
	for (int i = 0; i < nev; i++) {
		const Event *e = tllayout_event(L, i);
		if (named[e->line] && e->source > 0 && L->note_of[e->source] == 0) {
			g_ptr_array_add(L->notes, g_ptr_array_index(L->ev->sources, e->source - 1));
			L->note_of[e->source] = (int)L->notes->len;
		}
	}
	g_free(named);
}

void tllayout_number_callouts(TlLayout *L)
{
	g_array_set_size(L->keys, 0);
	int next = 1;
	for (guint i = 0; i < L->blocks->len; i++) {
		TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		if (b->state != TLBLOCK_CALLOUT)
			continue;
		tlblock_renumber(b, next, L->tm);
		int *idx = g_new(int, (gsize)b->shown);
		tlblock_pick_events(b, L, b->shown, idx);
		char *more = tlblock_more_text(b, L);
		for (int k = 0; k < b->shown; k++) {
			const Event *e = tllayout_event(L, idx[k]);
			TlKey key = {.number = next + k, .row = e->line, .prio = b->prio,
			             .text = tllayout_key_text(L, e)};
			if (more && k == b->shown - 1) {
				char *t = g_strdup_printf("%s; %s", key.text, more);
				g_free(key.text);
				key.text = t;
			}
			g_array_append_val(L->keys, key);
		}
		g_free(more);
		g_free(idx);
		next += b->shown;
	}
}

gboolean tllayout_build_scale(TlLayout *L, double p0, double p1, const TextStyle *tick,
                              GError **err)
{
	int nb = (int)L->blocks->len;
	double *m0 = g_new(double, MAX(nb, 1)), *m1 = g_new(double, MAX(nb, 1));
	for (int i = 0; i < nb; i++) {
		const TlBlock *b = &g_array_index(L->blocks, TlBlock, i);
		m0[i] = b->t0, m1[i] = b->t1;
	}
	const TlScaleInput in = {
		.ev = L->ev, .mark_t0 = m0, .mark_t1 = m1, .nmarks = nb,
		.breaks = L->set->breaks, .no_breaks = L->set->no_breaks,
		.vertical = L->set->vertical, .tick = *tick, .lang = L->opts->lang, .tm = L->tm,
	};
	tlscale_clear(&L->scale);
	gboolean ok = tlscale_build(&L->scale, &in, p0, p1, err);
	g_free(m0);
	g_free(m1);
	return ok;
}

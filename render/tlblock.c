/* tlblock: marker blocks and their labels; see tlblock.h. */
#include "tlblock.h"
#include "labeltext.h"
#include "lang.h"
#include "page.h"
#include "tllayout.h"
#include "tlspans.h"

#include <math.h>
#include <string.h>

static void line_clear(gpointer p)
{
	g_free(((TlBlockLine *)p)->text);
}

static void block_clear(gpointer p)
{
	TlBlock *b = p;
	if (b->lines)
		g_array_free(b->lines, TRUE);
}

static guint32 bit_reverse(guint32 v)
{
	guint32 r = 0;
	for (int i = 0; i < 32; i++, v >>= 1)
		r = (r << 1) | (v & 1);
	return r;
}

/* Bit-reversed indexes: ties in rank then alternate over the whole time
 * range instead of favouring its start. */
static void set_keys(GArray *blocks)
{
	for (guint i = 0; i < blocks->len; i++)
		g_array_index(blocks, TlBlock, i).key = bit_reverse(i);
}

/* A span long enough for a bar; a shorter one is a mark like a day's. */
static gboolean is_span(const Event *e, double shortest)
{
	return e->has_end && e->t1 > e->t0 && e->t1 - e->t0 >= shortest;
}

void tlblock_make(const Events *ev, GArray **blocks, GArray **spans)
{
	*blocks = g_array_new(FALSE, TRUE, sizeof(TlBlock));
	*spans = g_array_new(FALSE, TRUE, sizeof(TlBlock));
	g_array_set_clear_func(*blocks, block_clear);
	g_array_set_clear_func(*spans, block_clear);
	int n = (int)ev->items->len;
	double shortest = tlspans_shortest(ev);
	for (int i = 0; i < n;) {
		const Event *e = &g_array_index(ev->items, Event, i);
		TlBlock b = {.first = i, .n = 1, .t0 = e->t0, .t1 = e->t1, .prio = e->priority};
		if (is_span(e, shortest)) {
			b.span = TRUE;
			b.t = e->t0;
			g_array_append_val(*spans, b);
			i++;
			continue;
		}
		b.bracket = e->t1 > e->t0 && !e->has_end;
		b.t = (e->t0 + e->t1) / 2;
		int j = i + 1;
		while (j < n) {
			const Event *f = &g_array_index(ev->items, Event, j);
			if (f->t0 != e->t0 || f->t1 != e->t1 || f->has_end != e->has_end ||
			    is_span(f, shortest))
				break;
			b.prio = MAX(b.prio, f->priority);
			j++;
		}
		b.n = j - i;
		g_array_append_val(*blocks, b);
		i = j;
	}
	set_keys(*blocks);
	set_keys(*spans);
}

void tlblock_clear_lines(TlBlock *b)
{
	if (b->lines) {
		g_array_set_size(b->lines, 0);
		return;
	}
	b->lines = g_array_new(FALSE, FALSE, sizeof(TlBlockLine));
	g_array_set_clear_func(b->lines, line_clear);
}

TlBlockLine *tlblock_add_line(TlBlock *b, TlBlockLine line, TextMeasurer *tm)
{
	line.sz = text_measure(tm, line.text, &line.st);
	g_array_append_val(b->lines, line);
	return &g_array_index(b->lines, TlBlockLine, b->lines->len - 1);
}

enum { INLINE_GAP = 4 };   /* between a date and its label on one line */

/* The lines from `from` to the end of its row (lines run on to the next):
 * returns the index after the row; w, h and baseline of the row. */
static guint row_of(const TlBlock *b, guint from, double *w, double *h, double *base)
{
	guint to = from;
	*w = 0, *base = 0;
	do {
		const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, to);
		*w += ln->sz.w + (to > from ? INLINE_GAP : 0);
		*base = MAX(*base, ln->sz.baseline);
	} while (g_array_index(b->lines, TlBlockLine, to++).run_on && to < b->lines->len);
	*h = 0;
	for (guint i = from; i < to; i++) {
		const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, i);
		*h = MAX(*h, *base - ln->sz.baseline + ln->sz.h);
	}
	return to;
}

/* The box of the lines: the widest row, the rows stacked. */
static void fit_box(TlBlock *b)
{
	b->w = b->h = 0;
	for (guint i = 0; i < b->lines->len;) {
		double w, h, base;
		i = row_of(b, i, &w, &h, &base);
		b->w = MAX(b->w, w);
		b->h += h;
	}
}

/* The text of event e's label line: a date of another certainty than the
 * date line's event `first` is written before it. */
static char *event_line(const TlLayout *L, const Event *first, const Event *e)
{
	char *text = tllayout_label(L, e);
	if (e == first || e->date.qual == first->date.qual)
		return text;
	char *d = tllayout_date(L, e);
	char *t = g_strdup_printf("%s: %s", d, text);
	g_free(d);
	g_free(text);
	return t;
}

/* The date line: never broken, so "14 November" keeps its month whole. */
static char *date_line(const TlLayout *L, const Event *e)
{
	char *d = tllayout_date(L, e), *t = labeltext_tied(d);
	g_free(d);
	return t;
}

static int cmp_by_rank(gconstpointer pa, gconstpointer pb, gpointer data)
{
	const TlLayout *L = data;
	int a = *(const int *)pa, b = *(const int *)pb;
	double pa_ = tllayout_event(L, a)->priority, pb_ = tllayout_event(L, b)->priority;
	if (pa_ != pb_)
		return pa_ > pb_ ? -1 : 1;
	return (a > b) - (a < b);
}

static int cmp_int(const void *pa, const void *pb)
{
	int a = *(const int *)pa, b = *(const int *)pb;
	return (a > b) - (a < b);
}

void tlblock_pick_events(const TlBlock *b, const TlLayout *L, int shown, int *idx)
{
	int *all = g_new(int, (gsize)b->n);
	for (int i = 0; i < b->n; i++)
		all[i] = b->first + i;
	if (shown < b->n)
		g_qsort_with_data(all, b->n, sizeof *all, cmp_by_rank, (gpointer)L);
	memcpy(idx, all, sizeof(int) * (size_t)shown);
	qsort(idx, (size_t)shown, sizeof *idx, cmp_int);
	g_free(all);
}

static char *more_line(const TlBlock *b, const TlLayout *L, int unnamed);

char *tlblock_more_text(const TlBlock *b, const TlLayout *L)
{
	int unnamed = b->n - b->shown + b->more;
	return unnamed > 0 ? more_line(b, L, unnamed) : NULL;
}

int tlblock_named_row(const TlBlock *b)
{
	for (guint i = 0; b->lines && i < b->lines->len; i++) {
		const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, i);
		if (ln->row > 0 && (!strcmp(ln->role, "label") || !strcmp(ln->role, "callout")))
			return ln->row;
	}
	return 0;
}

/* "and 45 more, 1650–1662": the events the label does not name. */
static char *more_line(const TlBlock *b, const TlLayout *L, int unnamed)
{
	char *t = lang_phrase(L->opts->lang, LANG_P_AND_MORE, unnamed, 0);
	if (b->more == 0)
		return t;
	const TlBlock *b0 = &g_array_index(L->blocks, TlBlock, b->near0);
	const TlBlock *b1 = &g_array_index(L->blocks, TlBlock, b->near1);
	const Event *e0 = tllayout_event(L, b0->first);
	const Event *e1 = tllayout_event(L, b1->first + b1->n - 1);
	/* Over more than a year, years say enough: "1859–1874". */
	Date d0 = e0->date, d1 = e1->date;
	if (d0.year != d1.year) {
		d0 = (Date){.year = d0.year, .prec = DATE_YEAR};
		d1 = (Date){.year = d1.year, .prec = DATE_YEAR};
	}
	char *range = lang_date_range(L->opts->lang, &d0, &d1);
	char *nb = labeltext_tied(range);
	char *out = g_strdup_printf("%s, %s", t, nb);
	g_free(t);
	g_free(range);
	g_free(nb);
	return out;
}

/* The widest run of text a wrap may not break, at style st. */
static double widest_word(const TlLayout *L, const char *text, TextStyle st)
{
	st.wrap = 0;
	double w = 0;
	GString *word = g_string_new(NULL);
	for (const char *p = text;; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		/* A space breaks unless a word joiner follows it. */
		gboolean brk = !c || c == '\n' ||
		               (c == ' ' && g_utf8_get_char(g_utf8_next_char(p)) != 0x2060);
		if (brk) {
			if (word->len)
				w = MAX(w, text_measure(L->tm, word->str, &st).w);
			g_string_truncate(word, 0);
			if (!c)
				break;
			continue;
		}
		g_string_append_unichar(word, c);
	}
	g_string_free(word, TRUE);
	return w;
}

static TextStyle date_style(double wrap)
{
	return page_style(6.5, TRUE, FALSE, wrap, TEXT_LEFT);
}

static TextStyle label_style(double wrap)
{
	return page_style(7.5, FALSE, FALSE, wrap, TEXT_LEFT);
}

static TextStyle small_style(double wrap)
{
	return page_style(6.5, FALSE, TRUE, wrap, TEXT_LEFT);
}

double tlblock_min_wrap(const TlBlock *b, const TlLayout *L)
{
	char *d = date_line(L, tllayout_event(L, b->first));
	double w = widest_word(L, d, date_style(0));
	g_free(d);
	for (int i = 0; i < MIN(b->n, TLBLOCK_MAX_EVENTS); i++) {
		const Event *e = tllayout_event(L, b->first + i);
		char *t = event_line(L, tllayout_event(L, b->first), e);
		w = MAX(w, widest_word(L, t, label_style(0)));
		g_free(t);
		if (e->detail) {
			char *td = labeltext_label(e->detail, 0);
			w = MAX(w, widest_word(L, td, small_style(0)));
			g_free(td);
		}
	}
	return ceil(w) + 0.5;
}

void tlblock_measure(TlBlock *b, const TlLayout *L, double wrap, int limit)
{
	tlblock_clear_lines(b);
	/* Never narrower than a word, unless the word is wider than the room
	 * there is at all. */
	wrap = MIN(MAX(wrap, tlblock_min_wrap(b, L)), MAX(wrap, L->wrap_cap));
	Color ink = color_rgb(PAGE_INK), muted = color_rgb(PAGE_MUTED);
	int shown = MAX(1, MIN(b->n, limit - (b->n > limit)));
	int *idx = g_new(int, (gsize)MAX(shown, 1));
	tlblock_pick_events(b, L, shown, idx);
	const Event *first = tllayout_event(L, idx[0]);
	tlblock_add_line(b, (TlBlockLine){.role = "date", .text = date_line(L, first),
	                 .st = date_style(wrap), .color = muted, .row = first->line}, L->tm);
	for (int k = 0; k < shown; k++) {
		const Event *e = tllayout_event(L, idx[k]);
		tlblock_add_line(b, (TlBlockLine){.role = "label", .text = event_line(L, first, e),
		                 .st = label_style(wrap), .color = ink, .row = e->line}, L->tm);
		if (e->detail)
			tlblock_add_line(b, (TlBlockLine){.role = "detail",
			                 .text = labeltext_label(e->detail, 0),
			                 .st = small_style(wrap), .color = muted, .row = e->line}, L->tm);
	}
	g_free(idx);
	int unnamed = b->n - shown + b->more;
	if (unnamed > 0)
		tlblock_add_line(b, (TlBlockLine){.role = "more", .text = more_line(b, L, unnamed),
		                 .st = small_style(wrap), .color = muted}, L->tm);
	b->shown = shown;
	b->wrap = wrap;
	b->limit = limit;
	fit_box(b);
}

gboolean tlblock_measure_inline(TlBlock *b, const TlLayout *L, double wrap)
{
	if (b->n != 1 || b->more > 0)
		return FALSE;
	const Event *e = tllayout_event(L, b->first);
	char *d = date_line(L, e), *t = event_line(L, e, e);
	TextSize dsz = text_measure(L->tm, d, &(TextStyle){6.5, TRUE, FALSE, 0, TEXT_LEFT});
	TextSize tsz = text_measure(L->tm, t, &(TextStyle){7.5, FALSE, FALSE, 0, TEXT_LEFT});
	double w = dsz.w + INLINE_GAP + tsz.w;
	if (w > wrap) {
		g_free(d);
		g_free(t);
		return FALSE;
	}
	tlblock_clear_lines(b);
	tlblock_add_line(b, (TlBlockLine){.role = "date", .text = d, .st = date_style(0),
	                 .color = color_rgb(PAGE_MUTED), .row = e->line, .run_on = TRUE}, L->tm);
	tlblock_add_line(b, (TlBlockLine){.role = "label", .text = t, .st = label_style(0),
	                 .color = color_rgb(PAGE_INK), .row = e->line}, L->tm);
	if (e->detail)
		tlblock_add_line(b, (TlBlockLine){.role = "detail",
		                 .text = labeltext_label(e->detail, 0),
		                 .st = small_style(MAX(w, tlblock_min_wrap(b, L))),
		                 .color = color_rgb(PAGE_MUTED), .row = e->line}, L->tm);
	b->shown = 1;
	b->wrap = wrap;
	b->limit = 1;
	fit_box(b);
	return TRUE;
}

void tlblock_callout(TlBlock *b, const TlLayout *L)
{
	TextStyle st = page_style(6.5, TRUE, FALSE, 0, TEXT_CENTER);
	tlblock_clear_lines(b);
	b->callout = 0;
	/* One disc per event, a little taller than wide so stacked discs part. */
	TextSize disc = {.w = 2 * TLBLOCK_DISC_R, .h = 2 * TLBLOCK_DISC_R + 1};
	int *idx = g_new(int, (gsize)MAX(b->shown, 1));
	tlblock_pick_events(b, L, b->shown, idx);
	for (int i = 0; i < b->shown; i++) {
		const Event *e = tllayout_event(L, idx[i]);
		TlBlockLine *ln = tlblock_add_line(b, (TlBlockLine){.role = "callout",
		                 .text = g_strdup_printf("%d", 88), .st = st,
		                 .color = color_rgb(0xffffff), .row = e->line}, L->tm);
		ln->ink = ln->sz;
		ln->sz = disc;
	}
	g_free(idx);
	fit_box(b);
}

void tlblock_renumber(TlBlock *b, int first, TextMeasurer *tm)
{
	b->callout = first;
	for (guint j = 0; j < b->lines->len; j++) {
		TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, j);
		g_free(ln->text);
		ln->text = g_strdup_printf("%d", first + (int)j);
		ln->ink = text_measure(tm, ln->text, &ln->st);
	}
}

/* A number of size sz white on a dark disc centred at (cx, cy). */
static void disc_at(Scene *s, const char *role, const char *number, const TextStyle *st,
                    TextSize sz, int row, double prio, double cx, double cy)
{
	/* The disc's role names where it stands: on the chart or in the key. */
	gboolean key = !strcmp(role, "callout-key");
	SceneItem *c = scene_circle(s, key ? "key-disc" : "callout-disc", cx, cy, TLBLOCK_DISC_R,
	                            color_rgb(PAGE_INK), COLOR_NONE, 0);
	c->row = row;
	SceneItem *it = scene_text(s, role, number, st, cx - sz.w / 2, cy - sz.h / 2, sz.w,
	                           sz.h, color_rgb(0xffffff));
	it->row = row;
	it->ranked = TRUE;
	it->priority = prio;
}

void tlblock_draw_disc(Scene *s, const char *role, const char *number, int row,
                       double prio, double cx, double cy, TextMeasurer *tm)
{
	TextStyle st = page_style(6.5, TRUE, FALSE, 0, TEXT_CENTER);
	disc_at(s, role, number, &st, text_measure(tm, number, &st), row, prio, cx, cy);
}

void tlblock_draw(const TlBlock *b, Scene *s, double x, double y, TextAlign align)
{
	for (guint i = 0; i < b->lines->len;) {
		double w, h, base;
		guint end = row_of(b, i, &w, &h, &base);
		double lx = align == TEXT_LEFT ? x : align == TEXT_RIGHT ? x + b->w - w
		                                                         : x + (b->w - w) / 2;
		/* A line of its own aligns its wrapped lines too; a row of several
		 * is single lines side by side. */
		gboolean alone = end - i == 1;
		for (; i < end; i++) {
			const TlBlockLine *ln = &g_array_index(b->lines, TlBlockLine, i);
			if (!strcmp(ln->role, "callout")) {
				disc_at(s, "callout", ln->text, &ln->st, ln->ink, ln->row, b->prio,
				        lx + ln->sz.w / 2, y + ln->sz.h / 2);
				continue;
			}
			TextStyle st = ln->st;
			st.align = alone ? align : TEXT_LEFT;
			SceneItem *it = scene_text(s, ln->role, ln->text, &st, lx,
			                           y + base - ln->sz.baseline, ln->sz.w, ln->sz.h,
			                           ln->color);
			it->row = ln->row;
			it->ranked = ln->row > 0;
			it->priority = b->prio;
			lx += ln->sz.w + INLINE_GAP;
		}
		y += h;
	}
}

gint tlblock_cmp_rank(gconstpointer pa, gconstpointer pb)
{
	const TlBlock *a = *(TlBlock *const *)pa, *b = *(TlBlock *const *)pb;
	if (a->prio != b->prio)
		return a->prio > b->prio ? -1 : 1;
	if (a->key != b->key)
		return a->key < b->key ? -1 : 1;
	return (a->span > b->span) - (a->span < b->span);
}

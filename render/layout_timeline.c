/* layout_timeline: the timeline figure; see layout_timeline.h.
 * Pipeline: events -> time scale (breaks) -> marker blocks -> selection by
 * priority -> PAVA spreading -> stem-aware rows (or a column when vertical)
 * -> callouts for what still does not fit -> notes. Every step is linear in
 * the events (plus one sort), and only labels that can be shown are measured. */
#include "layout_timeline.h"
#include "diag.h"
#include "events.h"
#include "labeltext.h"
#include "lang.h"
#include "page.h"
#include "place.h"
#include "tlaxis.h"
#include "tlcolor.h"
#include "tlscale.h"

#include <math.h>
#include <string.h>

/* ---- Look: sizes in points, colours ---- */

enum { MAX_BLOCK_EVENTS = 24,  /* labels shown under one marker */
       FEW_BLOCK_EVENTS = 6,   /* ... when that many do not fit */
       MAX_ROWS = 20,          /* label rows on each side of a horizontal axis */
       MAX_SPAN_LANES = 10,
       MAX_CALLOUTS = 40 };

static const double STEM_SEP = 7;      /* least distance between two stems */
static const double ELBOW = 16;        /* band beside the axis for brackets and elbows */
static const double BOX_GAP = 3;       /* between label boxes in a row */
static const double MARKER_R = 2.4;
static const double VERT_GUTTER = 22;  /* axis to label column, vertical */
static const double VERT_MAX_AXIS = 1100;
static const double VERT_MIN_AXIS = 320;


/* ---- Marker blocks: events sharing one marker ---- */

typedef struct Line {
	const char *role;
	char *text;         /* owned */
	TextStyle st;
	Color color;
	int row;            /* CSV line of the event it is about, or 0 */
	TextSize sz;
} Line;

/* What became of a block's label. */
typedef enum {
	BLOCK_UNDRAWN,   /* no label (a marker at most) */
	BLOCK_LABEL,     /* its label lines */
	BLOCK_CALLOUT,   /* callout numbers, keyed under the chart */
} BlockState;

/* Where a horizontal block's label hangs; indexes per-side arrays. */
typedef enum { SIDE_ABOVE, SIDE_BELOW } BlockSide;

typedef struct Block {
	int first, n;       /* events items[first .. first+n) */
	double t, t0, t1;   /* anchor day and covered days */
	gboolean bracket;   /* month- or year-only date */
	gboolean span;      /* a bar with an end */
	double prio;
	guint32 key;        /* tie order: spreads equal priorities over time */
	double anchor;      /* along the axis */
	double pos;         /* stem position after spreading */
	GArray *lines;      /* of Line, NULL until measured */
	double w, h;
	gboolean chosen;    /* selected to be labelled (by priority) */
	double lift;        /* bracket: its distance from the axis line */
	gboolean dot;       /* bracket too narrow to draw: a dot instead */
	BlockSide side;     /* horizontal only */
	BlockState state;
	int row;            /* horizontal: first row; vertical: unused */
	double left;        /* horizontal: box left; vertical: box top */
	int callout;        /* first callout number */
	int shown;          /* events labelled in the block */
} Block;

typedef struct Lay {
	const ChartOptions *opts;
	const TimelineSettings *set;
	TextMeasurer *tm;
	const Events *ev;
	Scene *scene;
	double W, lo, hi;   /* page width; usable extent across */
	TlScale scale;
	GArray *blocks;     /* of Block: point and bracket blocks, by time */
	GArray *spans;      /* of Block: span bars, by time */
	int hidden;
	int hidden_base;    /* events left out before placement */
	int ncallouts;
	GPtrArray *keys;    /* of char*: callout key lines */
	TlColors colors;
	int *src_num;       /* source index (1-based) -> note number on the figure, 0 none */
	GPtrArray *src_list; /* of borrowed char*: the cited sources by note number */
	double row_unit;
} Lay;

static const Event *ev_at(const Lay *L, int i)
{
	return &g_array_index(L->ev->items, Event, i);
}

static Color group_color(Lay *L, int group)
{
	return tlcolor_of(&L->colors, group);
}

static void line_clear(gpointer p)
{
	g_free(((Line *)p)->text);
}

static void block_clear(gpointer p)
{
	Block *b = p;
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

static void make_blocks(Lay *L)
{
	L->blocks = g_array_new(FALSE, TRUE, sizeof(Block));
	L->spans = g_array_new(FALSE, TRUE, sizeof(Block));
	g_array_set_clear_func(L->blocks, block_clear);
	g_array_set_clear_func(L->spans, block_clear);
	int n = (int)L->ev->items->len;
	for (int i = 0; i < n;) {
		const Event *e = ev_at(L, i);
		Block b = {0};
		b.first = i;
		b.n = 1;
		b.t0 = e->t0;
		b.t1 = e->t1;
		b.prio = e->priority;
		if (e->has_end && e->t1 > e->t0) {
			b.span = TRUE;
			b.t = e->t0;
			g_array_append_val(L->spans, b);
			i++;
			continue;
		}
		b.bracket = e->t1 > e->t0;
		b.t = (e->t0 + e->t1) / 2;
		int j = i + 1;
		while (j < n) {
			const Event *f = ev_at(L, j);
			if (f->t0 != e->t0 || f->t1 != e->t1 || (f->has_end && f->t1 > f->t0))
				break;
			b.prio = MAX(b.prio, f->priority);
			j++;
		}
		b.n = j - i;
		g_array_append_val(L->blocks, b);
		i = j;
	}
	for (guint i = 0; i < L->blocks->len; i++)
		g_array_index(L->blocks, Block, i).key = bit_reverse(i);
	for (guint i = 0; i < L->spans->len; i++)
		g_array_index(L->spans, Block, i).key = bit_reverse(i);
}

/* ---- The time scale ---- */

static gboolean build_scale(Lay *L, double p0, double p1, gboolean vertical,
                            const TextStyle *tick, GError **err)
{
	int nb = (int)L->blocks->len, nw = (int)(L->blocks->len + L->spans->len);
	double *m0 = g_new(double, MAX(nb, 1)), *m1 = g_new(double, MAX(nb, 1));
	double *weight = g_new(double, MAX(nw, 1));
	for (int i = 0; i < nb; i++) {
		const Block *b = &g_array_index(L->blocks, Block, i);
		m0[i] = b->t0, m1[i] = b->t1, weight[i] = b->t;
	}
	/* Every marker and span start weighs on its stretch's share of room. */
	for (guint i = 0; i < L->spans->len; i++)
		weight[nb + (int)i] = g_array_index(L->spans, Block, i).t;
	const TlScaleInput in = {
		.ev = L->ev, .mark_t0 = m0, .mark_t1 = m1, .nmarks = nb, .weight = weight,
		.nweights = nw, .breaks = L->set->breaks, .no_breaks = L->set->no_breaks,
		.vertical = vertical, .tick = *tick, .lang = L->opts->lang, .tm = L->tm,
	};
	gboolean ok = tlscale_build(&L->scale, &in, p0, p1, err);
	g_free(m0);
	g_free(m1);
	g_free(weight);
	return ok;
}

/* ---- Texts of a block ---- */

/* The label of e as drawn, with the note number of its source. */
static char *label_text(Lay *L, const Event *e)
{
	int note = e->source > 0 && L->src_num ? L->src_num[e->source] : 0;
	return labeltext_label(e->label, note);
}

static char *date_text(Lay *L, const Event *e)
{
	return labeltext_date(L->opts->lang, e);
}

static void add_line(Lay *L, GArray *lines, const char *role, char *text,
                     TextStyle st, Color color, int row)
{
	Line ln = {role, text, st, color, row, text_measure(L->tm, text, &st)};
	g_array_append_val(lines, ln);
}

/* Measures the label lines of a block, wrapped at wrap points. */
static void block_measure(Lay *L, Block *b, double wrap, int limit)
{
	if (b->lines)
		g_array_free(b->lines, TRUE);
	b->lines = g_array_new(FALSE, FALSE, sizeof(Line));
	g_array_set_clear_func(b->lines, line_clear);
	const Event *first = ev_at(L, b->first);
	add_line(L, b->lines, "date", date_text(L, first),
	         page_style(6.5, TRUE, FALSE, wrap, TEXT_LEFT), color_rgb(PAGE_MUTED), first->line);
	int shown = MIN(b->n, limit - (b->n > limit));
	for (int i = 0; i < shown; i++) {
		const Event *e = ev_at(L, b->first + i);
		char *text = label_text(L, e);
		if (i > 0 && e->date.qual != first->date.qual) {
			char *d = date_text(L, e);
			char *t = g_strdup_printf("%s: %s", d, text);
			g_free(d);
			g_free(text);
			text = t;
		}
		add_line(L, b->lines, "label", text, page_style(7.5, FALSE, FALSE, wrap, TEXT_LEFT),
		         color_rgb(PAGE_INK), e->line);
		if (e->detail)
			add_line(L, b->lines, "detail", g_strdup(e->detail),
			         page_style(6.5, FALSE, TRUE, wrap, TEXT_LEFT), color_rgb(PAGE_MUTED), e->line);
	}
	if (shown < b->n) {
		char *more = lang_phrase(L->opts->lang, LANG_P_AND_MORE, b->n - shown, 0);
		add_line(L, b->lines, "more", more, page_style(6.5, FALSE, TRUE, wrap, TEXT_LEFT),
		         color_rgb(PAGE_MUTED), 0);
	}
	b->shown = shown;
	b->w = b->h = 0;
	for (guint i = 0; i < b->lines->len; i++) {
		Line *ln = &g_array_index(b->lines, Line, i);
		b->w = MAX(b->w, ln->sz.w);
		b->h += ln->sz.h;
	}
}

/* Replaces a block's lines by callout numbers, one per shown event. */
static void block_callout(Lay *L, Block *b)
{
	g_array_set_size(b->lines, 0);
	b->w = b->h = 0;
	b->callout = 0;
	for (int i = 0; i < b->shown; i++) {
		const Event *e = ev_at(L, b->first + i);
		char *num = g_strdup_printf("%d", b->callout + i);
		add_line(L, b->lines, "callout", num, page_style(6.5, TRUE, FALSE, 0, TEXT_LEFT),
		         group_color(L, e->group), e->line);
		Line *ln = &g_array_index(b->lines, Line, b->lines->len - 1);
		b->w = MAX(b->w, ln->sz.w);
		b->h += ln->sz.h;
	}
	/* Room for any number up to MAX_CALLOUTS, so renumbering in time order
	 * after placement never widens the box. */
	TextStyle st = page_style(6.5, TRUE, FALSE, 0, TEXT_LEFT);
	b->w = MAX(b->w, text_measure(L->tm, "88", &st).w);
	L->ncallouts += b->shown;
}

static void callout_keys(Lay *L, Block *b)
{
	for (int i = 0; i < b->shown; i++) {
		const Event *e = ev_at(L, b->first + i);
		char *d = date_text(L, e), *t = label_text(L, e);
		g_ptr_array_add(L->keys, g_strdup_printf("%d\u2002%s: %s", b->callout + i, d, t));
		g_free(d);
		g_free(t);
	}
}

/* Numbers the callouts 1.. in time order and writes their key lines. */
static void renumber_callouts(Lay *L)
{
	g_ptr_array_set_size(L->keys, 0);
	int next = 1;
	for (guint i = 0; i < L->blocks->len; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (b->state != BLOCK_CALLOUT)
			continue;
		b->callout = next;
		for (guint j = 0; j < b->lines->len; j++) {
			Line *ln = &g_array_index(b->lines, Line, j);
			g_free(ln->text);
			ln->text = g_strdup_printf("%d", next + (int)j);
			ln->sz = text_measure(L->tm, ln->text, &ln->st);
		}
		callout_keys(L, b);
		next += b->shown;
	}
}

/* Emits a block's lines with the box's top-left at (x, y), aligned. */
static void emit_block(Lay *L, Block *b, double x, double y, TextAlign align)
{
	for (guint i = 0; i < b->lines->len; i++) {
		Line *ln = &g_array_index(b->lines, Line, i);
		double lx = align == TEXT_LEFT ? x
		          : align == TEXT_RIGHT ? x + b->w - ln->sz.w
		                                : x + (b->w - ln->sz.w) / 2;
		TextStyle st = ln->st;
		st.align = align;
		SceneItem *it = scene_text(L->scene, ln->role, ln->text, &st, lx, y,
		                           ln->sz.w, ln->sz.h, ln->color);
		it->row = ln->row;
		y += ln->sz.h;
	}
}

/* Numbers the sources of the events that will be labelled, in time order,
 * so the Sources block lists exactly what the figure cites, however many
 * sources the file has. Blocks and spans count when chosen. */
static void number_sources(Lay *L)
{
	int nev = (int)L->ev->items->len;
	g_free(L->src_num);
	L->src_num = g_new0(int, L->ev->sources->len + 1);
	if (L->src_list)
		g_ptr_array_free(L->src_list, TRUE);
	L->src_list = g_ptr_array_new();
	if (L->ev->sources->len == 0)
		return;
	guint8 *cited = g_new0(guint8, (gsize)MAX(nev, 1));
	GArray *lists[2] = {L->blocks, L->spans};
	for (int k = 0; k < 2; k++)
		for (guint i = 0; i < lists[k]->len; i++) {
			Block *b = &g_array_index(lists[k], Block, i);
			for (int j = 0; b->chosen && j < MIN(b->n, MAX_BLOCK_EVENTS); j++)
				cited[b->first + j] = 1;
		}
	for (int i = 0; i < nev; i++) {
		const Event *e = ev_at(L, i);
		if (cited[i] && e->source > 0 && L->src_num[e->source] == 0) {
			g_ptr_array_add(L->src_list, g_ptr_array_index(L->ev->sources, e->source - 1));
			L->src_num[e->source] = (int)L->src_list->len;
		}
	}
	g_free(cited);
}

/* ---- Choosing which blocks get a label ---- */

static gint cmp_block_rank(gconstpointer pa, gconstpointer pb)
{
	const Block *a = *(Block *const *)pa, *b = *(Block *const *)pb;
	if (a->prio != b->prio)
		return a->prio > b->prio ? -1 : 1;
	return a->key < b->key ? -1 : a->key > b->key;
}

/* Marks as chosen the best `budget` blocks: by priority, and among equal
 * priorities in bit-reversed time order, which spreads them over the axis. */
static void select_blocks(Lay *L, int budget)
{
	int n = (int)L->blocks->len;
	if (n <= budget) {
		for (int i = 0; i < n; i++)
			g_array_index(L->blocks, Block, i).chosen = TRUE;
		return;
	}
	Block **rank = g_new(Block *, (gsize)MAX(n, 1));
	for (int i = 0; i < n; i++)
		rank[i] = &g_array_index(L->blocks, Block, i);
	qsort(rank, (size_t)n, sizeof *rank, (int (*)(const void *, const void *))cmp_block_rank);
	for (int i = 0; i < budget; i++)
		rank[i]->chosen = TRUE;
	g_free(rank);
}

/* ---- Shared top and bottom of the figure ---- */

static double add_heading(Lay *L, double y)
{
	double w = L->hi - L->lo;
	Page pg;
	page_init(&pg, L->scene, L->tm, L->opts);
	y = page_heading(&pg, y);
	page_clear(&pg);
	/* Legend: one swatch and name per group, flowing in lines. */
	if (L->ev->groups->len > 0) {
		y += 3;
		TextStyle st = page_style(7, FALSE, FALSE, 0, TEXT_LEFT);
		double x = L->lo, line_h = 0;
		int others = L->colors.others;
		char *other = lang_phrase(L->opts->lang, LANG_P_OTHER_GROUPS, others, 0);
		for (guint g = 0; g <= L->ev->groups->len; g++) {
			if (g < L->ev->groups->len && tlcolor_is_other(&L->colors, (int)g))
				continue;
			if (g == L->ev->groups->len && others == 0)
				break;
			const char *name = g < L->ev->groups->len
			                 ? g_ptr_array_index(L->ev->groups, g) : other;
			TextStyle wst = st;
			wst.wrap = w - 10;
			TextSize sz = text_measure(L->tm, name, &wst);
			if (x > L->lo && x + 10 + sz.w > L->hi) {
				x = L->lo;
				y += line_h + 2;
				line_h = 0;
			}
			scene_circle(L->scene, "legend-key", x + 3.5, y + MIN(sz.h, 10) / 2, 3,
			             g < L->ev->groups->len ? group_color(L, (int)g)
			                                    : color_rgb(TLCOLOR_OTHER), COLOR_NONE, 0);
			scene_text(L->scene, "legend", name, &wst, x + 10, y, sz.w, sz.h,
			           color_rgb(PAGE_INK));
			x += 10 + sz.w + 12;
			line_h = MAX(line_h, sz.h);
		}
		g_free(other);
		y += line_h + 2;
	}
	return y + 4;
}

static double add_paragraph(Lay *L, double y, const char *role, const char *text,
                            TextStyle st, Color color)
{
	st.wrap = L->hi - L->lo;
	TextSize sz = text_measure(L->tm, text, &st);
	scene_text(L->scene, role, text, &st, L->lo, y, sz.w, sz.h, color);
	return y + sz.h + 2;
}

static double add_footer(Lay *L, double y)
{
	TextStyle note = page_style(6.5, FALSE, FALSE, 0, TEXT_LEFT);
	Lang lang = L->opts->lang;
	if (L->keys->len > 0) {
		y += 2;
		for (guint i = 0; i < L->keys->len; i++)
			y = add_paragraph(L, y, "key", g_ptr_array_index(L->keys, i), note,
			                  color_rgb(PAGE_INK)) - 1;
		y += 2;
	}
	if (L->hidden > 0) {
		int total = (int)L->ev->items->len;
		char *t = lang_phrase(lang, L->set->vertical ? LANG_P_NOT_LABELLED
		                                             : LANG_P_NOT_LABELLED_TRY_VERTICAL,
		                      L->hidden, total);
		y = add_paragraph(L, y, "note", t, page_style(6.5, FALSE, TRUE, 0, TEXT_LEFT),
		                  color_rgb(PAGE_INK));
		g_free(t);
	}
	if (L->src_list && L->src_list->len > 0) {
		GString *s = g_string_new(lang_word(lang, LANG_W_SOURCES, 2));
		g_string_append_c(s, ' ');
		for (guint i = 0; i < L->src_list->len; i++) {
			if (i > 0)
				g_string_append(s, "; ");
			labeltext_superscript(s, (int)i + 1);
			g_string_append(s, "\u202f");
			g_string_append(s, g_ptr_array_index(L->src_list, i));
		}
		g_string_append_c(s, '.');
		y = add_paragraph(L, y + 1, "note", s->str, note, color_rgb(PAGE_MUTED));
		g_string_free(s, TRUE);
	}
	if (L->opts->caption && *L->opts->caption)
		y = add_paragraph(L, y + 1, "caption", L->opts->caption,
		                  page_style(7, FALSE, TRUE, 0, TEXT_LEFT), color_rgb(PAGE_MUTED));
	return y;
}

/* Brackets that overlap along the axis (a year and a month in it) stand
 * at different distances from it, in lanes. */
static void bracket_lanes(Lay *L)
{
	PlaceLanes *lanes = place_lanes_new(3, 1.5);
	for (guint i = 0; i < L->blocks->len; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (!b->bracket)
			continue;
		double a0 = tlscale_pos(&L->scale, b->t0), a1 = tlscale_pos(&L->scale, b->t1);
		/* A month or year narrower than a dot is drawn as one: at that
		 * scale the bracket would only be a smudge; the date text still
		 * says "1731" or "Dec 2019". */
		b->dot = a1 - a0 < 2 * MARKER_R;
		if (b->dot) {
			b->lift = MARKER_R;
			continue;
		}
		int lane = place_lanes_add(lanes, a0, a1);
		b->lift = 4 + 3.2 * (lane < 0 ? 2 : lane);
	}
	place_lanes_free(lanes);
}

/* Markers on the axis: unlabelled ones at most one per marker width, so
 * 100 000 events draw a few hundred dots. cross is the axis line's other
 * coordinate; vertical swaps x and y. */
static void add_markers(Lay *L, double cross, gboolean vertical)
{
	double last = -G_MAXDOUBLE;
	for (guint i = 0; i < L->blocks->len; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		const Event *e = ev_at(L, b->first);
		Color c = group_color(L, e->group);
		if (b->bracket && !b->dot) {
			double a0 = tlscale_pos(&L->scale, b->t0), a1 = tlscale_pos(&L->scale, b->t1);
			ScenePoint p[4];
			double s = vertical ? 1 : -1;
			p[0] = (ScenePoint){a0, cross + s * (b->lift - 2.8)};
			p[1] = (ScenePoint){a0, cross + s * b->lift};
			p[2] = (ScenePoint){a1, cross + s * b->lift};
			p[3] = (ScenePoint){a1, cross + s * (b->lift - 2.8)};
			for (int k = 0; k < 4 && vertical; k++) {
				double t = p[k].x;
				p[k].x = p[k].y;
				p[k].y = t;
			}
			SceneItem *it = scene_path(L->scene, "bracket", p, 4, FALSE, COLOR_NONE, c, 1.1);
			it->row = e->line;
			if (e->date.qual)
				it->dash = 2;
			continue;
		}
		/* Dense unlabelled markers merge into a rug, one dot per
		 * marker width; a labelled one always gets its own dot. */
		double a = b->anchor;
		if (b->state == BLOCK_UNDRAWN && fabs(a - last) < 1.6 * MARKER_R)
			continue;
		last = a;
		gboolean hollow = e->date.qual != 0;
		SceneItem *it = scene_circle(L->scene, "marker", vertical ? cross : a,
		                             vertical ? a : cross, MARKER_R,
		                             hollow ? color_rgb(0xffffff) : c, hollow ? c : color_rgb(0xffffff),
		                             hollow ? 1 : 0.6);
		it->row = e->line;
	}
}

/* ---- Horizontal: labels in rows above the axis, spans in lanes below ---- */

/* Only the spans that rank high enough to have a chance are tried, in
 * time order so first-fit uses the fewest lanes. */
static void choose_spans(Lay *L, int budget)
{
	int nspans = (int)L->spans->len;
	if (nspans > budget) {
		Block **rank = g_new(Block *, (gsize)nspans);
		for (int i = 0; i < nspans; i++)
			rank[i] = &g_array_index(L->spans, Block, i);
		qsort(rank, (size_t)nspans, sizeof *rank,
		      (int (*)(const void *, const void *))cmp_block_rank);
		for (int i = 0; i < nspans; i++)
			rank[i]->chosen = i < budget;
		g_free(rank);
	} else {
		for (int i = 0; i < nspans; i++)
			g_array_index(L->spans, Block, i).chosen = TRUE;
	}
}

/* Span bars in lanes under the axis, each with its label above the bar. */
static double add_spans_horizontal(Lay *L, double y, int max_rows)
{
	if (L->spans->len == 0)
		return y;
	/* A short page gets fewer span lanes as well as fewer label rows. */
	PlaceLanes *lanes = place_lanes_new(CLAMP(max_rows / 2, 1, MAX_SPAN_LANES), 4);
	double lane_h[MAX_SPAN_LANES] = {0};
	for (guint i = 0; i < L->spans->len; i++) {
		Block *b = &g_array_index(L->spans, Block, i);
		if (!b->chosen) {
			L->hidden++;
			continue;
		}
		const Event *e = ev_at(L, b->first);
		double x0 = tlscale_pos(&L->scale, b->t0), x1 = tlscale_pos(&L->scale, b->t1);
		if (x1 - x0 < 2)
			x1 = x0 + 2;
		b->anchor = x0;
		b->pos = x1;
		b->lines = g_array_new(FALSE, FALSE, sizeof(Line));
		g_array_set_clear_func(b->lines, line_clear);
		char *dt = date_text(L, e), *d = labeltext_nobreak(dt), *t = label_text(L, e);
		g_free(dt);
		char *text = g_strdup_printf("%s\u2002%s", t, d);
		TextStyle one = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
		double date_w = text_measure(L->tm, d, &one).w;
		g_free(d);
		g_free(t);
		add_line(L, b->lines, "label", text,
		         page_style(7.5, FALSE, FALSE, L->hi - L->lo, TEXT_LEFT), color_rgb(PAGE_INK),
		         e->line);
		Line *ln = &g_array_index(b->lines, Line, 0);
		/* A label too long for the room right of its bar wraps there, so
		 * it still starts where the bar starts, unless that room is too
		 * narrow for a few words. */
		double room = L->hi - MAX(x0, L->lo);
		if (ln->sz.w > room + 1e-6 && room >= MAX(60, date_w + 1)) {
			ln->st.wrap = room;
			ln->sz = text_measure(L->tm, ln->text, &ln->st);
		}
		b->w = ln->sz.w;
		b->h = ln->sz.h;
		b->left = CLAMP(x0, L->lo, L->hi - b->w);
		b->row = place_lanes_add(lanes, MIN(x0, b->left), MAX(x1, b->left + b->w));
		if (b->row < 0) {
			L->hidden++;
			continue;
		}
		b->state = BLOCK_LABEL;
		lane_h[b->row] = MAX(lane_h[b->row], b->h);
	}
	double lane_y[MAX_SPAN_LANES];
	for (int l = 0; l < place_lanes_used(lanes); l++) {
		lane_y[l] = y;
		y += lane_h[l] + 1.5 + 4 + 5;
	}
	for (guint i = 0; i < L->spans->len; i++) {
		Block *b = &g_array_index(L->spans, Block, i);
		if (b->state != BLOCK_LABEL)
			continue;
		const Event *e = ev_at(L, b->first);
		Color c = group_color(L, e->group);
		double ty = lane_y[b->row] + lane_h[b->row] - b->h;
		emit_block(L, b, b->left, ty, TEXT_LEFT);
		gboolean vague = e->date.qual || e->end.qual;
		SceneItem *it = scene_rect(L->scene, "span", b->anchor, ty + b->h + 1.5,
		                           b->pos - b->anchor, 4, vague ? color_tint(c, 0.55) : c,
		                           vague ? c : COLOR_NONE, vague ? 0.6 : 0);
		it->row = e->line;
		if (vague)
			it->dash = 1.5;
	}
	place_lanes_free(lanes);
	return y;
}

/* Whether a stem at x can pass the tick texts: extents holds merged,
 * sorted intervals [a, b] of them. */
static gboolean stem_passes(const GArray *extents, double x)
{
	int lo = 0, hi = (int)extents->len / 2 - 1;
	const double *e = (const double *)(const void *)extents->data;
	while (lo <= hi) {
		int mid = (lo + hi) / 2;
		if (x < e[2 * mid] - 1.5)
			hi = mid - 1;
		else if (x > e[2 * mid + 1] + 1.5)
			lo = mid + 1;
		else
			return FALSE;
	}
	return TRUE;
}

/* One placement of the chosen blocks in rows above and below the axis at
 * one wrap width; returns the rows used (above in *above, below in
 * *below), with L->hidden, callouts and keys set for it. A block takes the
 * lowest row free on either side, above on a tie; below only when its stem
 * clears the tick texts. */
static void place_labels(Lay *L, int max_rows, double wrap, gboolean mirror,
                         int stair, const GArray *extents, int *above, int *below)
{
	int n = (int)L->blocks->len;
	L->hidden = L->hidden_base;
	L->ncallouts = 0;
	g_ptr_array_set_size(L->keys, 0);
	PlaceRows *side[2] = {[SIDE_ABOVE] = place_rows_new(max_rows, L->lo, L->hi, BOX_GAP),
	                      [SIDE_BELOW] = place_rows_new(max_rows, L->lo, L->hi, BOX_GAP)};
	place_rows_set_stair(side[SIDE_ABOVE], stair);
	place_rows_set_stair(side[SIDE_BELOW], stair);
	/* Mirrored, the rows are filled from the right: the same first-fit
	 * then builds staircases that descend to the right, which a cluster at
	 * the left edge needs. */
	double flip = L->lo + L->hi;
	/* The stems in the order they are placed, in the placing coordinates. */
	double *xs = g_new(double, MAX(n, 1));
	int nx = 0;
	for (int step = 0; step < n; step++) {
		Block *b = &g_array_index(L->blocks, Block, mirror ? n - 1 - step : step);
		if (b->chosen)
			xs[nx++] = mirror ? flip - b->pos : b->pos;
	}
	int at = 0;
	for (int step = 0; step < n; step++) {
		int i = mirror ? n - 1 - step : step;
		Block *b = &g_array_index(L->blocks, Block, i);
		if (!b->chosen)
			continue;
		double x = xs[at++];
		const double *upcoming = xs + at;
		int nup = nx - at;
		gboolean can_below = stem_passes(extents, b->anchor) &&
		                     stem_passes(extents, b->pos);
		b->state = BLOCK_UNDRAWN;
		for (int attempt = 0; attempt < 4 && b->state == BLOCK_UNDRAWN; attempt++) {
			/* Attempts: as measured, wrapped narrower, fewer events under
			 * one marker, callout numbers. */
			if (attempt == 1 && b->w <= wrap * 0.6 + 0.5)
				continue;
			if (attempt == 2 && b->n <= FEW_BLOCK_EVENTS)
				continue;
			if (attempt < 3)
				block_measure(L, b, attempt == 1 ? wrap * 0.6 : wrap,
				              attempt == 2 ? FEW_BLOCK_EVENTS : MAX_BLOCK_EVENTS);
			else if (L->ncallouts + b->shown <= MIN(MAX_CALLOUTS, 2 * max_rows))
				block_callout(L, b);
			else
				break;
			int k = (int)ceil((b->h + (attempt < 3 ? 2 : 1)) / L->row_unit);
			double left[2];
			int row[2];
			row[SIDE_ABOVE] = place_rows_find(side[SIDE_ABOVE], x, b->w, k, upcoming, nup,
			                                  &left[SIDE_ABOVE]);
			row[SIDE_BELOW] = can_below ? place_rows_find(side[SIDE_BELOW], x, b->w, k,
			                                              upcoming, nup, &left[SIDE_BELOW])
			                            : -1;
			/* The lower row; on a tie the side with fewer rows, then above. */
			BlockSide pick = row[SIDE_ABOVE] < 0 ? SIDE_BELOW : SIDE_ABOVE;
			if (row[SIDE_ABOVE] >= 0 && row[SIDE_BELOW] >= 0)
				pick = row[SIDE_BELOW] < row[SIDE_ABOVE] ||
				       (row[SIDE_BELOW] == row[SIDE_ABOVE] &&
				        place_rows_used(side[SIDE_BELOW]) < place_rows_used(side[SIDE_ABOVE]))
				       ? SIDE_BELOW : SIDE_ABOVE;
			if (row[pick] < 0)
				continue;
			place_rows_put(side[pick], x, b->w, k, row[pick], left[pick]);
			b->side = pick;
			b->row = row[pick];
			b->left = mirror ? flip - left[pick] - b->w : left[pick];
			b->state = attempt < 3 ? BLOCK_LABEL : BLOCK_CALLOUT;
		}
		L->hidden += b->state == BLOCK_UNDRAWN ? b->n : b->n - b->shown;
	}
	g_free(xs);
	*above = place_rows_used(side[SIDE_ABOVE]);
	*below = place_rows_used(side[SIDE_BELOW]);
	place_rows_free(side[SIDE_ABOVE]);
	place_rows_free(side[SIDE_BELOW]);
}

static double layout_horizontal(Lay *L, double top, int max_rows)
{
	TextStyle label = page_style(7.5, FALSE, FALSE, 0, TEXT_LEFT);
	L->row_unit = text_measure(L->tm, "Ag", &label).h + 0.5;
	int n = (int)L->blocks->len;
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		b->anchor = tlscale_pos(&L->scale, b->t);
	}
	bracket_lanes(L);
	int budget = (int)floor((L->hi - L->lo - 2) / STEM_SEP) + 1;
	select_blocks(L, budget);
	choose_spans(L, 3 * CLAMP(max_rows / 2, 1, MAX_SPAN_LANES));
	number_sources(L);
	L->hidden_base = 0;
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (!b->chosen)
			L->hidden_base += b->n;
	}
	/* Stems at least STEM_SEP apart: PAVA moves the fewest, least. */
	int m = 0;
	double *x = g_new(double, MAX(n, 1)), *zero = g_new0(double, MAX(n, 1));
	double *out = g_new(double, MAX(n, 1));
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (b->chosen)
			x[m++] = b->anchor;
	}
	if (!place_spread(x, zero, m, STEM_SEP, L->lo + 1, L->hi - 1, out))
		memcpy(out, x, sizeof(double) * (size_t)m);
	m = 0;
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (b->chosen)
			b->pos = out[m++];
	}
	g_free(x);
	g_free(zero);
	g_free(out);

	/* Tick texts first: stems going below the axis must pass between them. */
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, L->lo, L->hi, L->opts->lang, L->tm);
	double depth = axis.total;
	GArray *extents = tlaxis_text_extents(&axis);

	/* Narrower labels are taller: try a few widths, keep the one that
	 * leaves out fewest, then needs fewest callouts, then least height. */
	/* A narrow page still gets labels a few words wide, not one. */
	double full = MIN(150, MAX((L->hi - L->lo) / 2.5, MIN(72, (L->hi - L->lo) / 1.5)));
	const double wraps[] = {full, full * 0.8, full * 0.62};
	int best = 0;
	int best_score[3] = {G_MAXINT, G_MAXINT, G_MAXINT};
	int above = 0, below = 0;
	for (int w = 0; w < 4 * (int)G_N_ELEMENTS(wraps); w++) {
		place_labels(L, max_rows, wraps[w / 4], w % 2, (w / 2) % 2, extents, &above,
		             &below);
		int score[3] = {L->hidden, L->ncallouts, above + below + (below > 0)};
		gboolean better = FALSE;
		for (int k = 0; k < 3; k++)
			if (score[k] != best_score[k]) {
				better = score[k] < best_score[k];
				break;
			}
		if (better) {
			best = w;
			memcpy(best_score, score, sizeof score);
		}
	}
	place_labels(L, max_rows, wraps[best / 4], best % 2, (best / 2) % 2, extents, &above,
	             &below);
	renumber_callouts(L);
	g_array_free(extents, TRUE);

	double U = L->row_unit;
	/* The bands between axis and rows hold brackets and elbows; without
	 * them they shrink to a short stem. */
	double band[2] = {[SIDE_ABOVE] = 6, [SIDE_BELOW] = 6};
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (b->bracket)
			band[SIDE_ABOVE] = MAX(band[SIDE_ABOVE], b->lift + 3);
		if (b->chosen && b->state != BLOCK_UNDRAWN && fabs(b->pos - b->anchor) >= 0.05)
			band[b->side] = ELBOW;
	}
	double axis_y = top + above * U + band[SIDE_ABOVE] + 2;
	double base = axis_y - band[SIDE_ABOVE];
	/* Below: the tick tiers, an elbow band, then the rows. */
	double under = axis_y + 4 + depth + 2;
	double base_below = under + band[SIDE_BELOW];
	Color stem = color_rgb(PAGE_STEM);
	for (int i = 0; i < n; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		if (!b->chosen || b->state == BLOCK_UNDRAWN)
			continue;
		TextAlign align = fabs(b->left - b->pos) < 1e-6 ? TEXT_LEFT
		                : fabs(b->left + b->w - b->pos) < 1e-6 ? TEXT_RIGHT : TEXT_CENTER;
		SceneItem *it;
		if (b->side == SIDE_ABOVE) {
			double bottom = base - b->row * U - 1;
			emit_block(L, b, b->left, bottom - b->h, align);
			double foot = axis_y - (b->bracket ? b->lift : MARKER_R);
			if (fabs(b->pos - b->anchor) < 0.05) {
				it = scene_line(L->scene, "stem", b->anchor, foot, b->anchor, bottom + 0.5,
				                0.5, stem);
			} else {
				ScenePoint p[4] = {{b->anchor, foot}, {b->anchor, MIN(foot - 0.5, axis_y - 5)},
				                   {b->pos, base + 1}, {b->pos, bottom + 0.5}};
				if (p[3].y > p[2].y - 0.01)
					p[3].y = p[2].y - 0.01;
				it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
			}
		} else {
			double btop = base_below + b->row * U + 1;
			emit_block(L, b, b->left, btop, align);
			double foot = axis_y + MARKER_R;
			if (fabs(b->pos - b->anchor) < 0.05) {
				it = scene_line(L->scene, "stem", b->anchor, foot, b->anchor, btop - 0.5,
				                0.5, stem);
			} else {
				ScenePoint p[4] = {{b->anchor, foot}, {b->anchor, under + 1},
				                   {b->pos, base_below - 1}, {b->pos, btop - 0.5}};
				if (p[3].y < p[2].y + 0.01)
					p[3].y = p[2].y + 0.01;
				it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
			}
		}
		it->row = ev_at(L, b->first)->line;
	}
	add_markers(L, axis_y, FALSE);
	tlaxis_draw(&axis, L->scene, axis_y, axis_y);
	tlaxis_clear(&axis);
	double y = below > 0 ? base_below + below * U + 6 : axis_y + 4 + depth + 7;
	return add_spans_horizontal(L, y, max_rows);
}

/* ---- Vertical: time down the page, labels in a column beside it ---- */

static gint cmp_block_ptr_time(gconstpointer pa, gconstpointer pb)
{
	const Block *a = *(Block *const *)pa, *b = *(Block *const *)pb;
	if (a->t != b->t)
		return a->t < b->t ? -1 : 1;
	return a->first < b->first ? -1 : a->first > b->first;
}

static double layout_vertical(Lay *L, double top, double max_axis, GError **err)
{
	TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_RIGHT);
	/* Span lanes left of the axis, by days (the scale keeps their order). */
	PlaceLanes *lanes = place_lanes_new(MAX_SPAN_LANES, 1e-9);
	for (guint i = 0; i < L->spans->len; i++) {
		Block *b = &g_array_index(L->spans, Block, i);
		b->row = place_lanes_add(lanes, b->t0, b->t1);
	}
	double lanes_w = place_lanes_used(lanes) * 7;
	place_lanes_free(lanes);

	/* Tick columns for a provisional axis, to know the label column. */
	if (!build_scale(L, top, top + VERT_MIN_AXIS, TRUE, &tick, err))
		return -1;
	TlAxis axis;
	tlaxis_measure(&axis, &L->scale, top, top + VERT_MIN_AXIS, L->opts->lang, L->tm);
	double tier_est = axis.total;
	tlaxis_clear(&axis);
	tlscale_clear(&L->scale);
	double col_x = L->lo + tier_est + 20 + lanes_w + VERT_GUTTER;
	double col_w = MAX(60, L->hi - col_x);

	/* All labelled things: marker blocks and spans, ranked; measured only
	 * while the column still has room. */
	GPtrArray *all = g_ptr_array_new();
	for (guint i = 0; i < L->blocks->len; i++)
		g_ptr_array_add(all, &g_array_index(L->blocks, Block, i));
	for (guint i = 0; i < L->spans->len; i++) {
		Block *b = &g_array_index(L->spans, Block, i);
		if (b->row >= 0)
			g_ptr_array_add(all, b);
		else
			L->hidden++;
	}
	g_ptr_array_sort(all, cmp_block_rank);
	double need = 0, gap = 4;
	/* Measuring stops after a bounded number of refusals, so 100 000
	 * events measure a few hundred labels at most. */
	int tries = (int)(max_axis / 6);
	for (guint i = 0; i < all->len; i++) {
		Block *b = g_ptr_array_index(all, i);
		if (need < max_axis && tries-- > 0) {
			block_measure(L, b, col_w, MAX_BLOCK_EVENTS);
			if (need + b->h + gap <= max_axis) {
				b->state = BLOCK_LABEL;
				need += b->h + gap;
				L->hidden += b->n - b->shown;
				continue;
			}
		}
		L->hidden += b->n;
	}
	/* Now that the labelled ones are known, number their sources and
	 * measure them again with the note numbers. */
	for (guint i = 0; i < all->len; i++) {
		Block *b = g_ptr_array_index(all, i);
		b->chosen = b->state == BLOCK_LABEL;
	}
	number_sources(L);
	if (L->src_list->len > 0) {
		need = 0;
		for (guint i = 0; i < all->len; i++) {
			Block *b = g_ptr_array_index(all, i);
			if (b->chosen) {
				block_measure(L, b, col_w, MAX_BLOCK_EVENTS);
				need += b->h + gap;
			}
		}
	}
	double axis_len = CLAMP(need * 1.1, MIN(VERT_MIN_AXIS, max_axis), MAX(max_axis, need));
	double axis_top = top + 8;
	if (!build_scale(L, axis_top, axis_top + axis_len, TRUE, &tick, err)) {
		g_ptr_array_free(all, TRUE);
		return -1;
	}
	tlaxis_measure(&axis, &L->scale, top, axis_top + axis_len + 8, L->opts->lang, L->tm);
	double tier_depth = axis.total;
	bracket_lanes(L);
	double axis_x = L->lo + tier_depth + 4 + lanes_w + 3;
	/* The label column starts after the gutter, whatever the ticks took;
	 * labels wider than what is left are wrapped again to fit it. */
	col_x = axis_x + VERT_GUTTER;
	double avail = L->hi - col_x;
	if (avail < 48) {
		tlaxis_clear(&axis);
		g_ptr_array_free(all, TRUE);
		diag_fail(err, DIAG_USAGE, "--size: the page is too narrow for a vertical "
		          "timeline; the labels need about %.0fpt more width", 48 - avail);
		return -1;
	}
	need = 0;
	for (guint i = 0; i < all->len; i++) {
		Block *b = g_ptr_array_index(all, i);
		if (b->state != BLOCK_LABEL)
			continue;
		if (b->w > avail + 1e-6)
			block_measure(L, b, avail, MAX_BLOCK_EVENTS);
		need += b->h + gap;
	}

	/* The chosen ones in time order, spread along the axis. */
	GPtrArray *shown = g_ptr_array_new();
	for (guint i = 0; i < all->len; i++) {
		Block *b = g_ptr_array_index(all, i);
		if (b->state == BLOCK_LABEL)
			g_ptr_array_add(shown, b);
	}
	g_ptr_array_sort(shown, cmp_block_ptr_time);
	int m = (int)shown->len;
	double *want = g_new(double, MAX(m, 1)), *size = g_new(double, MAX(m, 1));
	double *got = g_new(double, MAX(m, 1));
	for (int i = 0; i < m; i++) {
		Block *b = g_ptr_array_index(shown, i);
		b->anchor = tlscale_pos(&L->scale, b->span ? b->t0 : b->t);
		double h1 = g_array_index(b->lines, Line, 0).sz.h;
		want[i] = b->anchor - h1 / 2 + b->h / 2;
		size[i] = b->h;
	}
	/* The column may run past the axis end when the labels need it; the
	 * page grows with it, so the spreading always succeeds. */
	double lo = axis_top - 6, hi = MAX(axis_top + axis_len + 6, lo + need + 1);
	if (!place_spread(want, size, m, gap, lo, hi, got))
		memcpy(got, want, sizeof(double) * (size_t)m);
	double bottom = axis_top + axis_len;
	Color stem = color_rgb(PAGE_STEM);
	for (int i = 0; i < m; i++) {
		Block *b = g_ptr_array_index(shown, i);
		double ytop = got[i] - b->h / 2;
		emit_block(L, b, col_x, ytop, TEXT_LEFT);
		bottom = MAX(bottom, ytop + b->h);
		double h1 = g_array_index(b->lines, Line, 0).sz.h;
		double yt = ytop + h1 / 2;
		double foot = axis_x + (b->bracket ? b->lift : b->span ? 0 : MARKER_R);
		SceneItem *it;
		if (fabs(yt - b->anchor) < 0.05) {
			it = scene_line(L->scene, "stem", foot, b->anchor, col_x - 1.5, yt, 0.5, stem);
		} else {
			ScenePoint p[4] = {{foot, b->anchor}, {MAX(foot + 0.5, axis_x + 7), b->anchor},
			                   {col_x - 6, yt}, {col_x - 1.5, yt}};
			it = scene_path(L->scene, "stem", p, 4, FALSE, COLOR_NONE, stem, 0.5);
		}
		it->row = ev_at(L, b->first)->line;
	}
	g_free(want);
	g_free(size);
	g_free(got);
	g_ptr_array_free(shown, TRUE);
	g_ptr_array_free(all, TRUE);

	/* Span bars in their lanes, tied to the axis at their start. */
	for (guint i = 0; i < L->spans->len; i++) {
		Block *b = &g_array_index(L->spans, Block, i);
		if (b->row < 0)
			continue;
		const Event *e = ev_at(L, b->first);
		Color c = group_color(L, e->group);
		double y0 = tlscale_pos(&L->scale, b->t0), y1 = tlscale_pos(&L->scale, b->t1);
		if (y1 - y0 < 2)
			y1 = y0 + 2;
		double bx = axis_x - 3 - (b->row + 1) * 7;
		gboolean vague = e->date.qual || e->end.qual;
		SceneItem *it = scene_rect(L->scene, "span", bx, y0, 4, y1 - y0,
		                           vague ? color_tint(c, 0.55) : c,
		                           vague ? c : COLOR_NONE, vague ? 0.6 : 0);
		it->row = e->line;
		/* Only a labelled span needs tying to its leader at the axis. */
		if (b->state == BLOCK_LABEL)
			scene_line(L->scene, "span-tie", bx + 4, y0, axis_x, y0, 0.5, stem);
	}
	for (guint i = 0; i < L->blocks->len; i++) {
		Block *b = &g_array_index(L->blocks, Block, i);
		b->anchor = tlscale_pos(&L->scale, b->t);
	}
	add_markers(L, axis_x, TRUE);
	tlaxis_draw(&axis, L->scene, axis_x, axis_x - lanes_w);
	tlaxis_clear(&axis);
	return bottom + 10;
}

/* ---- The command ---- */

static char *alt_text(Lay *L)
{
	GString *s = g_string_new(NULL);
	const ChartOptions *o = L->opts;
	int n = (int)L->ev->items->len;
	const Event *first = ev_at(L, 0), *last = ev_at(L, 0);
	for (int i = 1; i < n; i++)
		if (ev_at(L, i)->t1 > last->t1)
			last = ev_at(L, i);
	char *a = lang_date(o->lang, &first->date);
	char *b = lang_date(o->lang, last->has_end ? &last->end : &last->date);
	if (o->title && *o->title)
		g_string_append_printf(s, "%s. ", o->title);
	g_string_append_printf(s, "Timeline of %d event%s from %s to %s", n, n == 1 ? "" : "s",
	                       a, b);
	g_free(a);
	g_free(b);
	g_string_append(s, ".");
	if (L->scale.ts.n > 1) {
		g_string_append(s, " The axis leaves out ");
		for (int i = 0; i + 1 < L->scale.ts.n; i++)
			g_string_append_printf(s, "%s%s", i == 0 ? "" : i + 2 == L->scale.ts.n
			                       ? " and " : ", ", L->scale.gap_text[i]);
		g_string_append(s, " without events.");
	}
	int listed = MIN(n, 60);
	for (int i = 0; i < listed; i++) {
		const Event *e = ev_at(L, i);
		char *d = date_text(L, e);
		g_string_append_printf(s, "\n%s: %s", d, e->label);
		if (e->group >= 0)
			g_string_append_printf(s, " (%s)", (char *)g_ptr_array_index(L->ev->groups, e->group));
		if (e->detail)
			g_string_append_printf(s, ": %s", e->detail);
		g_string_append_c(s, '.');
		g_free(d);
	}
	if (listed < n)
		g_string_append_printf(s, "\n... and %d more events.", n - listed);
	g_string_append_c(s, '\n');
	return g_string_free(s, FALSE);
}

static void lay_clear(Lay *L)
{
	if (L->blocks)
		g_array_free(L->blocks, TRUE);
	if (L->spans)
		g_array_free(L->spans, TRUE);
	if (L->keys)
		g_ptr_array_free(L->keys, TRUE);
	tlscale_clear(&L->scale);
	scene_free(L->scene);
	g_free(L->src_num);
	tlcolor_clear(&L->colors);
	if (L->src_list)
		g_ptr_array_free(L->src_list, TRUE);
	L->src_num = NULL;
	L->src_list = NULL;
	L->blocks = L->spans = NULL;
	L->keys = NULL;
	L->scene = NULL;
	L->scale.ts.n = 0;
}

/* Every event without a label or callout on the figure is listed as left
 * out, in file order of the rows' lines. */
static void leave_out_unlabelled(Lay *L)
{
	enum { NO_EVENT, UNLABELLED, LABELLED };
	int n = (int)L->ev->items->len, maxline = 0;
	for (int i = 0; i < n; i++)
		maxline = MAX(maxline, ev_at(L, i)->line);
	guint8 *state = g_new0(guint8, (gsize)maxline + 1);
	for (int i = 0; i < n; i++)
		state[ev_at(L, i)->line] = UNLABELLED;
	for (guint i = 0; i < L->scene->items->len; i++) {
		const SceneItem *it = scene_item(L->scene, i);
		if (it->kind == SCENE_TEXT && it->row > 0 && it->row <= maxline &&
		    (!strcmp(it->role, "label") || !strcmp(it->role, "callout")))
			state[it->row] = LABELLED;
	}
	for (int line = 1; line <= maxline; line++)
		if (state[line] == UNLABELLED)
			scene_leave_out(L->scene, line, "no room for its label");
	g_free(state);
}

/* One complete layout with at most `limit` label rows per side (or that
 * long a vertical axis); FALSE on a usage error. *height gets the page
 * height the content needs. The caller clears L. */
static gboolean layout_once(Lay *L, double limit, double *height, GError **err)
{
	const ChartOptions *opts = L->opts;
	L->scene = scene_new(L->W, opts->height);
	L->keys = g_ptr_array_new_with_free_func(g_free);
	tlcolor_assign(&L->colors, L->ev);
	make_blocks(L);
	double y = add_heading(L, PAGE_MARGIN + 2);
	if (L->set->vertical) {
		y = layout_vertical(L, y, limit, err);
	} else {
		TextStyle tick = page_style(6.5, FALSE, FALSE, 0, TEXT_CENTER);
		y = build_scale(L, L->lo + 2, L->hi - 2, FALSE, &tick, err)
		  ? layout_horizontal(L, y, (int)limit) : -1;
	}
	if (y < 0)
		return FALSE;
	y = add_footer(L, y + 2);
	*height = ceil(y + PAGE_MARGIN);
	return TRUE;
}

gboolean timeline_layout(const Events *ev, const TimelineSettings *set,
                         const ChartOptions *opts, TextMeasurer *tm, Chart *out,
                         GError **err)
{
	if (opts->width < 120)
		return diag_fail(err, DIAG_USAGE, "--size: a timeline needs a page at "
		                 "least 120pt (43mm) wide");
	const Lay blank = {.opts = opts, .set = set, .tm = tm, .ev = ev, .W = opts->width,
	                   .lo = PAGE_MARGIN, .hi = opts->width - PAGE_MARGIN};
	double hi = set->vertical ? VERT_MAX_AXIS : MAX_ROWS;
	double lo = set->vertical ? 60 : 1;
	if (opts->height > 0 && set->vertical)
		hi = MAX(lo, MIN(hi, opts->height));
	/* A page of fixed height: the largest row limit (axis length) whose
	 * layout fits, by bisection, so the search costs a few layouts. */
	Lay L = blank;
	double height = 0;
	gboolean ok = layout_once(&L, hi, &height, err);
	if (ok && opts->height > 0 && height > opts->height) {
		double over = height - opts->height;
		double good = -1, step = set->vertical ? 8 : 1;
		hi -= step;
		while (ok && lo <= hi) {
			double mid = floor((lo + hi) / 2);
			lay_clear(&L);
			L = blank;
			ok = layout_once(&L, mid, &height, err);
			if (ok && height <= opts->height) {
				good = mid;
				lo = mid + step;
			} else {
				over = MIN(over, height - opts->height);
				hi = mid - step;
			}
		}
		if (ok && good < 0) {
			lay_clear(&L);
			return diag_fail(err, DIAG_USAGE, "--size: the page is too short for "
			                 "this timeline; it needs about %.0fpt more height", over);
		}
		if (ok) {
			lay_clear(&L);
			L = blank;
			ok = layout_once(&L, good, &height, err);
		}
	}
	if (!ok) {
		lay_clear(&L);
		return FALSE;
	}
	L.scene->height = opts->height > 0 ? opts->height : height;
	L.scene->hidden = L.hidden;
	leave_out_unlabelled(&L);
	out->alt = alt_text(&L);
	out->scene = L.scene;
	L.scene = NULL;
	lay_clear(&L);
	return TRUE;
}

/* seatlegend: the key of a seat chart; see seatlegend.h. */
#include "seatlegend.h"
#include "seatlabels.h"
#include "seatmark.h"
#include "seatseries.h"

#include <string.h>

#define SIZE 8.5             /* legend text */
#define OTHERS_SIZE 7.5      /* the parties Others holds */
#define SWATCH 9.0           /* swatch diameter */
#define KEY_GAP 4.0          /* row number to swatch */
#define NAME_GAP 5.0         /* swatch to name */
#define VALUE_GAP 7.0        /* name to "84 (78.5%)" */
#define COL_GAP 16.0         /* between columns of entries */
#define ROW_GAP 4.0          /* between rows */
#define NUM_GAP 12.0         /* before each column of numbers */
#define CHANGE_GAP 6.0       /* seats to their change */
#define FLOW_GAP 4.0         /* between the parties Others holds */
#define FLOW_LEAD 2.5        /* over each line of them */
#define MIN_WRAP 40.0        /* a name never wraps narrower */
#define MIN_NAMES 60.0       /* a table leaves its names at least this */

typedef struct Entry {
	int lineage;
	const ParlParty *party;  /* borrowed: its latest appearance with seats */
	char *name;          /* owned; with its kind when not a party's */
	char *num;           /* owned; its row number when numbered, else NULL */
	char *value;         /* owned; "84 (78.5%)" in a list of one house, else NULL */
	TextSize name_sz, value_sz;
} Entry;

/* The legend being laid out. */
typedef struct Legend {
	SeatPage *sp;
	const ParlSet *set;
	const SeatLegendOpts *o;
	GArray *es;          /* of Entry, by lineage number */
	TextStyle ns;        /* legend text */
	double line_h;       /* one line of it */
	double numw;         /* the widest row number; 0 unnumbered */
	int unplaced;        /* parties --labels could not name on the chart */
} Legend;

static void entry_clear(gpointer p)
{
	Entry *e = p;
	g_free(e->name);
	g_free(e->num);
	g_free(e->value);
}

static Entry *entry_at(const Legend *L, guint i)
{
	return &g_array_index(L->es, Entry, i);
}

/* Whether two texts are one word, case aside, in any script. */
static gboolean same_word(const char *a, const char *b)
{
	char *fa = g_utf8_casefold(a, -1), *fb = g_utf8_casefold(b, -1);
	gboolean same = !strcmp(fa, fb);
	g_free(fa);
	g_free(fb);
	return same;
}

/* A row's name: the party's (its lineage's latest, with its earlier names,
 * when several elections are shown), with its kind when not a party's. */
static char *legend_name(Lang l, const ParlLineage *lin, const ParlParty *pp)
{
	const char *name = lin ? lin->name : pp->name;
	const char *tag = pp->kind == PARL_APPOINTED ? lang_word(l, LANG_W_APPOINTED, 1)
	                : pp->kind == PARL_VACANT    ? lang_word(l, LANG_W_VACANT, 1) : NULL;
	/* "Vacant" needs no tag when the name says it already. */
	if (tag && same_word(name, tag))
		tag = NULL;
	GString *s = g_string_new(name);
	if (lin && lin->formerly)
		g_string_append_printf(s, " (%s %s)", lang_word(l, LANG_W_FORMERLY, 1),
		                       lin->formerly);
	if (tag)
		g_string_append_printf(s, " (%s)", tag);
	return g_string_free(s, FALSE);
}

/* A row per lineage with seats, at its number; the party it shows is its
 * latest with seats. */
static void collect_entries(Legend *L)
{
	const ParlSet *set = L->set;
	Lang l = seatpage_lang(L->sp);
	TextMeasurer *tm = seatpage_tm(L->sp);
	int rows = 0;
	for (int k = 0; k < set->nlineages; k++)
		rows = MAX(rows, set->lineages[k].number);
	g_array_set_size(L->es, (guint)rows);
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *pp = &set->houses[i].parties[j];
			int num = set->lineages[pp->lineage].number;
			if (pp->seats > 0 && num > 0)
				entry_at(L, (guint)num - 1)->party = pp;
		}
	for (guint r = 0; r < L->es->len; r++) {
		Entry *e = entry_at(L, r);
		e->lineage = e->party->lineage;
		e->name = legend_name(l, set->n > 1 ? &set->lineages[e->lineage] : NULL, e->party);
		e->name_sz = text_measure(tm, e->name, &L->ns);
		if (L->o->numbered || L->unplaced > 0) {
			e->num = lang_integer(l, (gint64)r + 1);
			L->numw = MAX(L->numw, text_measure(tm, e->num, &L->ns).w);
		}
		if (set->n == 1 && L->o->form == SEATLEGEND_LIST) {
			e->value = parl_share_text(l, e->party->seats, set->houses[0].total);
			e->value_sz = text_measure(tm, e->value, &L->ns);
		}
	}
}

/* From a row's left edge to its name. */
static double head_width(const Legend *L)
{
	return (L->numw > 0 ? L->numw + KEY_GAP : 0) + SWATCH + NAME_GAP;
}

/* A row's number, swatch and name, its top-left at (x, y), the name
 * wrapped at wrap (0: not). Returns the name's size. */
static TextSize emit_head(Legend *L, const Entry *e, double x, double y, double wrap)
{
	SeatPage *sp = L->sp;
	if (e->num) {
		TextSize nz = text_measure(seatpage_tm(sp), e->num, &L->ns);
		seatmark_tag(page_text(&sp->pg, "legend-number", e->num, L->ns, x + L->numw - nz.w, y,
		                       color_rgb(PAGE_MUTED)), e->party);
		x += L->numw + KEY_GAP;
	}
	seatmark_swatch(seatpage_scene(sp), e->party, x + SWATCH / 2, y + L->line_h / 2,
	                SWATCH / 2);
	TextStyle st = L->ns;
	st.wrap = wrap;
	seatmark_tag(page_text(&sp->pg, "legend", e->name, st, x + SWATCH + NAME_GAP, y,
	                       color_rgb(PAGE_INK)), e->party);
	return text_measure(seatpage_tm(sp), e->name, &st);
}

/* A number right-aligned at x, as a part of e's row; takes text. */
static void emit_number(Legend *L, const Entry *e, char *text, double x, double y,
                        unsigned ink)
{
	TextSize sz = text_measure(seatpage_tm(L->sp), text, &L->ns);
	seatmark_tag(page_text(&L->sp->pg, "legend", text, L->ns, x - sz.w, y,
	                       color_rgb(ink)), e->party);
	g_free(text);
}

/* ---- What Others holds ---- */

/* The parties Others holds (with seats), once each: for one house
 * "Plaid Cymru 4", for several the party's names. Caller frees. */
static GPtrArray *others_items(const Legend *L, GArray *rows)
{
	const ParlSet *set = L->set;
	GPtrArray *items = g_ptr_array_new_with_free_func(g_free);
	gboolean *seen = g_new0(gboolean, MAX(set->nlineages, 1));
	for (int i = 0; i < set->n; i++)
		for (int j = 0; j < set->houses[i].nparties; j++) {
			const ParlParty *o = &set->houses[i].parties[j];
			for (int g = 0; g < o->ngathered; g++) {
				const ParlParty *q = &o->gathered[g];
				if (q->seats == 0 || seen[q->lineage])
					continue;
				seen[q->lineage] = TRUE;
				char *n = lang_integer(seatpage_lang(L->sp), q->seats);
				g_ptr_array_add(items, set->n > 1
				                ? g_strdup(set->lineages[q->lineage].name)
				                : g_strdup_printf("%s %s", q->name, n));
				g_free(n);
				g_array_append_val(rows, q->line);
			}
		}
	g_free(seen);
	return items;
}

/* The parties of Others row e, flowing from x to right under y; each a
 * text of role "others" with its own row. Returns the bottom. */
static double emit_others(Legend *L, const Entry *e, double x, double y, double right)
{
	if (e->party->ngathered == 0)
		return y;
	GArray *rows = g_array_new(FALSE, FALSE, sizeof(int));
	GPtrArray *items = others_items(L, rows);
	TextStyle st = page_style(OTHERS_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextMeasurer *tm = seatpage_tm(L->sp);
	double cx = x, cy = y + FLOW_LEAD, bottom = y;
	for (guint k = 0; k < items->len; k++) {
		char *t = g_strdup_printf("%s%s", (char *)g_ptr_array_index(items, k),
		                          k + 1 < items->len ? "," : "");
		TextStyle ts = st;
		TextSize sz = text_measure(tm, t, &ts);
		if (cx > x && cx + sz.w > right)
			cx = x, cy = bottom + FLOW_LEAD;
		if (sz.w > right - cx) {
			ts.wrap = right - cx;
			sz = text_measure(tm, t, &ts);
		}
		SceneItem *it = page_text(&L->sp->pg, "others", t, ts, cx, cy,
		                          color_rgb(PAGE_MUTED));
		it->row = g_array_index(rows, int, k);
		cx += sz.w + FLOW_GAP;
		bottom = MAX(bottom, cy + sz.h);
		g_free(t);
	}
	g_ptr_array_free(items, TRUE);
	g_array_free(rows, TRUE);
	return bottom;
}

/* ---- One house: name, seats and share aligned ---- */

/* Returns the bottom, or -1 if the numbers leave the names too little room. */
static double table_one(Legend *L, double y)
{
	const Parliament *h = &L->set->houses[0];
	int n = (int)L->es->len;
	TextMeasurer *tm = seatpage_tm(L->sp);
	Lang l = seatpage_lang(L->sp);
	double seatw = 0, pctw = 0, namew = 0;
	for (int i = 0; i < n; i++) {
		const Entry *e = entry_at(L, (guint)i);
		char *s = lang_integer(l, e->party->seats), *p = parl_percent_text(l, e->party->seats,
		                                                                   h->total);
		seatw = MAX(seatw, text_measure(tm, s, &L->ns).w);
		pctw = MAX(pctw, text_measure(tm, p, &L->ns).w);
		namew = MAX(namew, e->name_sz.w);
		g_free(s);
		g_free(p);
	}
	const Page *pg = &L->sp->pg;
	double room = pg->hi - pg->lo - head_width(L) - 2 * NUM_GAP - seatw - pctw;
	if (room < MIN(namew, MIN_NAMES))
		return -1;
	namew = MIN(namew, room);
	double xs = pg->lo + head_width(L) + namew + NUM_GAP + seatw;
	double xp = xs + NUM_GAP + pctw;
	for (int i = 0; i < n; i++) {
		const Entry *e = entry_at(L, (guint)i);
		double wrap = e->name_sz.w > namew + 0.01 ? namew : 0;
		TextSize nsz = emit_head(L, e, pg->lo, y, wrap);
		emit_number(L, e, lang_integer(l, e->party->seats), xs, y, PAGE_INK);
		emit_number(L, e, parl_percent_text(l, e->party->seats, h->total), xp, y,
		            PAGE_MUTED);
		y += MAX(nsz.h, L->line_h);
		y = emit_others(L, e, pg->lo + head_width(L), y, pg->hi) + ROW_GAP;
	}
	return y - ROW_GAP;
}

/* ---- Several houses: seats and change by election ---- */

/* Where each election's columns go: its block ends at right[c]; seats end
 * at right[c] - changew[c] (and the gap before it). */
typedef struct Columns {
	double *seatw, *changew, *headw, *blockw, *right;   /* owned, [n] each */
	double names;        /* the room for the names */
} Columns;

static void columns_clear(Columns *c)
{
	g_free(c->seatw);
	g_free(c->changew);
	g_free(c->headw);
	g_free(c->blockw);
	g_free(c->right);
}

/* The text of a seat cell and of its change cell (NULL: none); grid from
 * seatseries_grid. Caller frees both. */
static void cells(const Legend *L, const int *grid, int c, int lineage, char **seats,
                  char **change)
{
	Lang l = seatpage_lang(L->sp);
	int nl = L->set->nlineages;
	int now = grid[c * nl + lineage], before = c > 0 ? grid[(c - 1) * nl + lineage] : -1;
	*seats = now >= 0 ? lang_integer(l, now) : g_strdup("\u2013");
	*change = now >= 0 && before >= 0 ? parl_change_text(l, now - before) : NULL;
}

static void measure_columns(const Legend *L, const int *grid, Columns *cs)
{
	int n = L->set->n;
	TextMeasurer *tm = seatpage_tm(L->sp);
	TextStyle hs = page_style(SIZE, TRUE, FALSE, 0, TEXT_LEFT);
	*cs = (Columns){g_new0(double, n), g_new0(double, n), g_new0(double, n),
	                g_new0(double, n), g_new0(double, n), 0};
	for (int c = 0; c < n; c++) {
		cs->headw[c] = text_measure(tm, L->set->houses[c].election, &hs).w;
		for (guint r = 0; r < L->es->len; r++) {
			char *s, *ch;
			cells(L, grid, c, entry_at(L, r)->lineage, &s, &ch);
			cs->seatw[c] = MAX(cs->seatw[c], text_measure(tm, s, &L->ns).w);
			if (ch)
				cs->changew[c] = MAX(cs->changew[c], text_measure(tm, ch, &L->ns).w);
			g_free(s);
			g_free(ch);
		}
		double chg = cs->changew[c] > 0 ? CHANGE_GAP + cs->changew[c] : 0;
		cs->blockw[c] = MAX(cs->seatw[c], cs->headw[c]) + chg;
	}
}

/* Whether every name fits in width on at most two lines. */
static gboolean names_fit(const Legend *L, double width)
{
	TextStyle st = L->ns;
	st.wrap = width;
	for (guint r = 0; r < L->es->len; r++) {
		const Entry *e = entry_at(L, r);
		if (e->name_sz.w > width &&
		    text_measure(seatpage_tm(L->sp), e->name, &st).lines > 2)
			return FALSE;
	}
	return TRUE;
}

/* Sets the columns under their panels: each block centred under its
 * panel, else ending at its panel's right edge; FALSE when neither leaves
 * the names of the first panel room for two lines each (the columns then
 * follow the names, which need the room more). */
static gboolean place_under_panels(const Legend *L, Columns *cs, double namew)
{
	const SeatLegendOpts *o = L->o;
	int n = L->set->n;
	if (o->npanels != n)
		return FALSE;
	double lo = L->sp->pg.lo + head_width(L);
	for (int centred = 1; centred >= 0; centred--) {
		for (int c = 0; c < n; c++)
			cs->right[c] = centred ? o->panel_left[c] + (o->panel_width + cs->blockw[c]) / 2
			                       : o->panel_left[c] + o->panel_width;
		cs->names = cs->right[0] - cs->blockw[0] - NUM_GAP - lo;
		if (cs->names >= MIN(namew, MIN_NAMES) && names_fit(L, cs->names))
			return TRUE;
	}
	return FALSE;
}

/* Sets the columns one after the other after the names; FALSE when they
 * do not fit. */
static gboolean place_in_sequence(const Legend *L, Columns *cs, double namew)
{
	int n = L->set->n;
	double numbers = 0;
	for (int c = 0; c < n; c++)
		numbers += NUM_GAP + cs->blockw[c];
	const Page *pg = &L->sp->pg;
	cs->names = MIN(namew, pg->hi - pg->lo - head_width(L) - numbers);
	if (cs->names < MIN(namew, MIN_NAMES))
		return FALSE;
	double x = pg->lo + head_width(L) + cs->names;
	for (int c = 0; c < n; c++)
		cs->right[c] = x += NUM_GAP + cs->blockw[c];
	return TRUE;
}

static void emit_table_head(Legend *L, const Columns *cs, double y)
{
	TextStyle hs = page_style(SIZE, TRUE, FALSE, 0, TEXT_LEFT);
	for (int c = 0; c < L->set->n; c++) {
		const char *e = L->set->houses[c].election;
		double chg = cs->changew[c] > 0 ? CHANGE_GAP + cs->changew[c] : 0;
		page_text(&L->sp->pg, "legend", e, hs, cs->right[c] - chg - cs->headw[c], y,
		          color_rgb(PAGE_MUTED));
	}
}

static double emit_table_rows(Legend *L, const int *grid, const Columns *cs, double y)
{
	const Page *pg = &L->sp->pg;
	for (guint r = 0; r < L->es->len; r++) {
		const Entry *e = entry_at(L, r);
		double wrap = e->name_sz.w > cs->names + 0.01 ? MAX(cs->names, MIN_WRAP) : 0;
		TextSize nsz = emit_head(L, e, pg->lo, y, wrap);
		for (int c = 0; c < L->set->n; c++) {
			char *s, *ch;
			cells(L, grid, c, e->lineage, &s, &ch);
			double chg = cs->changew[c] > 0 ? CHANGE_GAP + cs->changew[c] : 0;
			gboolean absent = grid[c * L->set->nlineages + e->lineage] < 0;
			emit_number(L, e, s, cs->right[c] - chg, y, absent ? PAGE_MUTED : PAGE_INK);
			if (ch)
				emit_number(L, e, ch, cs->right[c], y, PAGE_MUTED);
		}
		y += MAX(nsz.h, L->line_h);
		y = emit_others(L, e, pg->lo + head_width(L), y, pg->hi) + ROW_GAP;
	}
	return y - ROW_GAP;
}

/* Returns the bottom, or -1 when the elections' columns do not fit. */
static double table_many(Legend *L, double y)
{
	const Page *pg = &L->sp->pg;
	/* Each election needs room for a number; give up before measuring
	 * thousands of cells when they cannot leave the names room. */
	if (L->set->n * 24.0 > pg->hi - pg->lo - 90)
		return -1;
	double namew = 0;
	for (guint r = 0; r < L->es->len; r++)
		namew = MAX(namew, entry_at(L, r)->name_sz.w);
	int *grid = seatseries_grid(L->set);
	Columns cs;
	measure_columns(L, grid, &cs);
	double bottom = -1;
	if (place_under_panels(L, &cs, namew) || place_in_sequence(L, &cs, namew)) {
		emit_table_head(L, &cs, y);
		TextStyle hs = page_style(SIZE, TRUE, FALSE, 0, TEXT_LEFT);
		y += text_measure(seatpage_tm(L->sp), "Ag", &hs).h + ROW_GAP;
		bottom = emit_table_rows(L, grid, &cs, y);
	}
	columns_clear(&cs);
	g_free(grid);
	return bottom;
}

/* ---- A list: entries side by side in columns ---- */

/* An entry's width on one line: number, swatch, name and value. */
static double entry_width(const Legend *L, const Entry *e)
{
	return head_width(L) + e->name_sz.w + (e->value ? VALUE_GAP + e->value_sz.w : 0);
}

/* The most columns whose widths fit in avail (one at least), each as wide
 * as its widest entry; colw[n] gets the widths. Entry i goes to column
 * i % columns. */
static int list_columns(const Legend *L, double avail, double *colw)
{
	int n = (int)L->es->len;
	for (int c = n; c >= 1; c--) {
		double total = 0;
		for (int j = 0; j < c; j++) {
			colw[j] = 0;
			for (int i = j; i < n; i += c)
				colw[j] = MAX(colw[j], entry_width(L, entry_at(L, (guint)i)));
			total += colw[j] + (j ? COL_GAP : 0);
		}
		if (total <= avail || c == 1)
			return c;
	}
	return 1;
}

/* The room for entry e's name in a column of width colw. */
static double name_room(const Legend *L, const Entry *e, double colw)
{
	return colw - head_width(L) - (e->value ? VALUE_GAP + e->value_sz.w : 0);
}

/* The entries in columns, row by row; a name too long for its column
 * wraps (its row grows), Others' parties follow its row. Returns the
 * bottom. */
static double list(Legend *L, double y)
{
	int n = (int)L->es->len;
	const Page *pg = &L->sp->pg;
	double avail = pg->hi - pg->lo;
	double *colw = g_new0(double, MAX(n, 1));
	int cols = list_columns(L, avail, colw);
	if (cols == 1)
		colw[0] = avail;
	for (int r0 = 0; r0 < n; r0 += cols) {
		double rowh = L->line_h, cx = pg->lo;
		const Entry *others = NULL;
		for (int i = r0; i < MIN(n, r0 + cols); i++) {
			const Entry *e = entry_at(L, (guint)i);
			double room = name_room(L, e, colw[i - r0]);
			double wrap = e->name_sz.w > room + 0.01 ? MAX(room, MIN_WRAP) : 0;
			TextSize nsz = emit_head(L, e, cx, y, wrap);
			if (e->value)
				seatmark_tag(page_text(&L->sp->pg, "legend", e->value, L->ns,
				                       cx + head_width(L) + nsz.w + VALUE_GAP, y,
				                       color_rgb(PAGE_MUTED)), e->party);
			rowh = MAX(rowh, nsz.h);
			if (e->party->ngathered > 0)
				others = e;
			cx += colw[i - r0] + COL_GAP;
		}
		y += rowh;
		if (others)
			y = emit_others(L, others, pg->lo + head_width(L), y, pg->hi);
		y += ROW_GAP;
	}
	g_free(colw);
	return n ? y - ROW_GAP : y;
}

/* The rows of the parties --labels could not name on the chart (in
 * left_out with SEATLABELS_NO_ROOM): TRUE at their row index in unplaced
 * [rows]. Returns how many. */
static int find_unplaced(const Legend *L, gboolean *unplaced)
{
	const Scene *sc = seatpage_scene(L->sp);
	GHashTable *lines = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (guint i = 0; i < sc->left_out->len; i++) {
		const SceneLeftOut *lo = &g_array_index(sc->left_out, SceneLeftOut, i);
		if (!strcmp(lo->reason, SEATLABELS_NO_ROOM))
			g_hash_table_add(lines, GINT_TO_POINTER(lo->row));
	}
	int n = 0;
	for (int i = 0; i < L->set->n && g_hash_table_size(lines) > 0; i++)
		for (int j = 0; j < L->set->houses[i].nparties; j++) {
			const ParlParty *pp = &L->set->houses[i].parties[j];
			int num = L->set->lineages[pp->lineage].number;
			if (num > 0 && g_hash_table_contains(lines, GINT_TO_POINTER(pp->line)) &&
			    !unplaced[num - 1])
				unplaced[num - 1] = TRUE, n++;
		}
	g_hash_table_destroy(lines);
	return n;
}

/* Under the key: "Not labelled on the chart for lack of room: 8, 11", each
 * number a text of role "unlabelled" tagged with its party. Returns the
 * bottom. */
static double emit_unplaced(Legend *L, const gboolean *unplaced, double y)
{
	const Page *pg = &L->sp->pg;
	TextStyle st = page_style(OTHERS_SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	TextMeasurer *tm = seatpage_tm(L->sp);
	const char *say = lang_word(seatpage_lang(L->sp), LANG_W_NOT_ON_CHART, 1);
	TextStyle ss = st;
	TextSize sz = text_measure(tm, say, &ss);
	if (sz.w > pg->hi - pg->lo) {
		ss.wrap = pg->hi - pg->lo;
		sz = text_measure(tm, say, &ss);
	}
	y += ROW_GAP + 2;
	page_text(&L->sp->pg, "note", say, ss, pg->lo, y, color_rgb(PAGE_MUTED));
	double cx = pg->lo + sz.w + FLOW_GAP, cy = y, bottom = y + sz.h;
	if (sz.lines > 1)
		cx = pg->lo, cy = bottom + FLOW_LEAD;
	for (guint r = 0; r < L->es->len; r++) {
		if (!unplaced[r])
			continue;
		const Entry *e = entry_at(L, r);
		TextSize nz = text_measure(tm, e->num, &st);
		if (cx + nz.w > pg->hi)
			cx = pg->lo, cy = bottom + FLOW_LEAD;
		seatmark_tag(page_text(&L->sp->pg, "unlabelled", e->num, st, cx, cy,
		                       color_rgb(PAGE_MUTED)), e->party);
		cx += nz.w + FLOW_GAP;
		bottom = MAX(bottom, cy + nz.h);
	}
	return bottom;
}

double seatlegend_emit(SeatPage *sp, const ParlSet *set, const SeatLegendOpts *o,
                       double y)
{
	Legend L = {.sp = sp, .set = set, .o = o};
	int rows = 0;
	for (int k = 0; k < set->nlineages; k++)
		rows = MAX(rows, set->lineages[k].number);
	gboolean *unplaced = g_new0(gboolean, MAX(rows, 1));
	L.unplaced = find_unplaced(&L, unplaced);
	L.ns = page_style(SIZE, FALSE, FALSE, 0, TEXT_LEFT);
	L.line_h = text_measure(seatpage_tm(sp), "Ag", &L.ns).h;
	L.es = g_array_new(FALSE, TRUE, sizeof(Entry));
	g_array_set_clear_func(L.es, entry_clear);
	collect_entries(&L);
	double bottom = -1;
	if (L.es->len == 0)
		bottom = y;
	else if (o->form == SEATLEGEND_TABLE)
		bottom = set->n > 1 ? table_many(&L, y) : table_one(&L, y);
	if (bottom < 0) {
		/* A table that does not fit is a list; one house's entries then
		 * carry their seats and shares. */
		for (guint r = 0; r < L.es->len && set->n == 1; r++) {
			Entry *e = entry_at(&L, r);
			if (!e->value) {
				e->value = parl_share_text(seatpage_lang(sp), e->party->seats,
				                           set->houses[0].total);
				e->value_sz = text_measure(seatpage_tm(sp), e->value, &L.ns);
			}
		}
		bottom = list(&L, y);
	}
	if (L.unplaced > 0)
		bottom = emit_unplaced(&L, unplaced, bottom);
	g_free(unplaced);
	g_array_free(L.es, TRUE);
	return bottom;
}

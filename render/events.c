/* events: loads and checks timeline events from a table; see events.h.
 * Every data error names the cell, so a report writer can fix the CSV. */
#include "events.h"
#include "datefix.h"
#include "diag.h"
#include "table.h"

#include <math.h>
#include <string.h>

enum { COL_DATE, COL_END, COL_LABEL, COL_DETAIL, COL_GROUP, COL_COLOR, COL_SOURCE,
       COL_PRIORITY, NCOLS };

static const TableColumn columns[NCOLS] = {
	[COL_DATE] = {"date", TRUE},       [COL_END] = {"end", FALSE},
	[COL_LABEL] = {"label", TRUE},     [COL_DETAIL] = {"detail", FALSE},
	[COL_GROUP] = {"group", FALSE},    [COL_COLOR] = {"color", FALSE},
	[COL_SOURCE] = {"source", FALSE},
	[COL_PRIORITY] = {"priority", FALSE},
};

static void event_clear(gpointer p)
{
	Event *e = p;
	g_free(e->label);
	g_free(e->detail);
}

void events_free(Events *ev)
{
	if (!ev)
		return;
	g_array_free(ev->items, TRUE);
	g_ptr_array_free(ev->groups, TRUE);
	if (ev->group_colors)
		g_array_free(ev->group_colors, TRUE);
	g_ptr_array_free(ev->sources, TRUE);
	g_free(ev->path);
	g_free(ev);
}

gboolean events_is_interval(const Event *e)
{
	return e->t1 > e->t0;
}

static gboolean parse_date_cell(const Table *t, int row, int col, const char *what,
                                Date *out, GError **err)
{
	const char *raw = table_field(t, row, col);
	/* Leading spaces move the column of the problem. */
	const char *s = raw;
	while (*s == ' ' || *s == '\t')
		s++;
	char *trim = g_strstrip(g_strdup(s));
	char *why = NULL;
	int badcol = 0;
	gboolean ok = date_parse(trim, out, &why, &badcol);
	/* A date in a common other form gets the one to write instead. */
	int fixcol = 0;
	char *fix = ok ? NULL : datefix_advice(trim, &fixcol);
	if (fix)
		badcol = fixcol;
	if (!ok) {
		if (badcol < 0 || (size_t)badcol > strlen(trim))
			badcol = 0;
		const TableCell *c = table_cell(t, row, col);
		/* Past the opening quote only when the problem is inside the text. */
		int col_chars = c->col + (int)g_utf8_pointer_to_offset(raw, s) +
		                (int)g_utf8_pointer_to_offset(trim, trim + badcol) +
		                (c->quoted && (badcol > 0 || s > raw));
		if (fix)
			diag_at(err, table_path(t), c->line, col_chars, "%s \"%s\": %s", what,
			        trim, fix);
		else
			diag_at(err, table_path(t), c->line, col_chars,
			        "%s \"%s\": %s; expected YYYY, YYYY-MM or YYYY-MM-DD, "
			        "optionally followed by ~ (about) or ? (uncertain)",
			        what, trim, why ? why : "not a date");
	}
	g_free(fix);
	g_free(why);
	g_free(trim);
	return ok;
}

static gint compare_events(gconstpointer pa, gconstpointer pb)
{
	/* As date_compare (first day, last day, precision), on cached days:
	 * sorting 100 000 rows must not recompute calendars. */
	const Event *a = pa, *b = pb;
	if (a->t0 != b->t0)
		return a->t0 < b->t0 ? -1 : 1;
	if (a->last != b->last)
		return a->last < b->last ? -1 : 1;
	if (a->date.prec != b->date.prec)
		return a->date.prec < b->date.prec ? -1 : 1;
	if (a->t1 != b->t1)
		return a->t1 < b->t1 ? -1 : 1;
	return a->row < b->row ? -1 : a->row > b->row;
}

/* Index of s in names, appending it when new. */
static int intern(GPtrArray *names, GHashTable *index, const char *s)
{
	gpointer v;
	if (g_hash_table_lookup_extended(index, s, NULL, &v))
		return GPOINTER_TO_INT(v);
	int i = (int)names->len;
	g_ptr_array_add(names, g_strdup(s));
	g_hash_table_insert(index, (gpointer)g_ptr_array_index(names, i), GINT_TO_POINTER(i));
	return i;
}

/* The text cells of a row, in column order, must be drawable. A cell's
 * position is looked up only for the message. */
static gboolean check_glyphs(const Table *t, int r, TextMeasurer *tm, GError **err)
{
	static const int text_cols[] = {COL_LABEL, COL_DETAIL, COL_GROUP, COL_SOURCE};
	for (size_t k = 0; tm && k < G_N_ELEMENTS(text_cols); k++) {
		const char *text = table_field(t, r, text_cols[k]);
		gunichar missing = text ? tm->missing_glyph(tm, text) : 0;
		if (!missing)
			continue;
		/* The message points at the character itself. */
		int line, col;
		table_locate(t, r, text_cols[k],
		             (gsize)(g_utf8_strchr(text, -1, missing) - text), &line, &col);
		return diag_glyphs(err, tm, text, table_path(t), line, col,
		                   columns[text_cols[k]].name);
	}
	return TRUE;
}

static gboolean load_row(const Table *t, int r, TextMeasurer *tm, Event *e, char **group,
                         char **source, GError **err)
{
	const char *path = table_path(t);
	e->row = r;
	e->line = table_row_line(t, r);
	e->group = -1;
	char *dtext = table_text(t, r, COL_DATE);
	if (!dtext) {
		const TableCell *dc = table_cell(t, r, COL_DATE);
		return diag_at(err, path, dc->line, dc->col, "date is empty; expected "
		               "YYYY, YYYY-MM or YYYY-MM-DD");
	}
	g_free(dtext);
	if (!parse_date_cell(t, r, COL_DATE, "date", &e->date, err))
		return FALSE;
	char *etext = table_has(t, COL_END) ? table_text(t, r, COL_END) : NULL;
	if (etext) {
		g_free(etext);
		if (!parse_date_cell(t, r, COL_END, "end", &e->end, err))
			return FALSE;
		e->has_end = TRUE;
		if (date_last_day(&e->end) < date_first_day(&e->date)) {
			const TableCell *ec = table_cell(t, r, COL_END);
			char *es = g_strstrip(g_strdup(ec->text));
			char *ds = g_strstrip(g_strdup(table_field(t, r, COL_DATE)));
			diag_at(err, path, ec->line, ec->col, "end \"%s\" is before the date "
			        "\"%s\"; expected an end on or after the date", es, ds);
			g_free(es);
			g_free(ds);
			return FALSE;
		}
	}
	e->label = table_text(t, r, COL_LABEL);
	if (!e->label) {
		const TableCell *lc = table_cell(t, r, COL_LABEL);
		return diag_at(err, path, lc->line, lc->col, "label is empty; expected "
		               "a short text naming the event");
	}
	if (!check_glyphs(t, r, tm, err))
		return FALSE;
	if (table_has(t, COL_DETAIL))
		e->detail = table_text(t, r, COL_DETAIL);
	if (table_has(t, COL_GROUP))
		*group = table_text(t, r, COL_GROUP);
	if (table_has(t, COL_SOURCE))
		*source = table_text(t, r, COL_SOURCE);
	char *prio = table_has(t, COL_PRIORITY) ? table_text(t, r, COL_PRIORITY) : NULL;
	if (prio) {
		char *end;
		double v = g_ascii_strtod(prio, &end);
		if (end == prio || *end || !isfinite(v)) {
			const TableCell *pc = table_cell(t, r, COL_PRIORITY);
			diag_at(err, path, pc->line, pc->col, "priority \"%s\": expected a "
			        "number (higher numbers are kept first when labels do not all fit)",
			        prio);
			g_free(prio);
			return FALSE;
		}
		e->priority = v;
		g_free(prio);
	}
	e->t0 = (double)date_first_day(&e->date);
	e->last = (double)date_last_day(&e->date);
	if (e->has_end)
		e->t1 = e->end.prec == DATE_DAY ? (double)date_last_day(&e->end)
		                                : (double)date_last_day(&e->end) + 1;
	else
		e->t1 = e->date.prec == DATE_DAY ? e->t0 : (double)date_last_day(&e->date) + 1;
	return TRUE;
}

/* A group's colour as the color column gives it. */
typedef struct GroupColor {
	Color color;
	int line;      /* where it was first given */
} GroupColor;

/* The color cell of row r, if any, into colors (group name -> GroupColor):
 * a colour needs a group, and a group has one colour. */
static gboolean load_color(const Table *t, int r, const char *group, GHashTable *colors,
                           GError **err)
{
	char *text = table_has(t, COL_COLOR) ? table_text(t, r, COL_COLOR) : NULL;
	if (!text)
		return TRUE;
	const TableCell *c = table_cell(t, r, COL_COLOR);
	GroupColor gc = {.line = c->line};
	GroupColor *had = group ? g_hash_table_lookup(colors, group) : NULL;
	gboolean ok = TRUE;
	if (!color_parse(text, &gc.color)) {
		char *why = color_expected(text);
		ok = diag_at(err, table_path(t), c->line, c->col, "color \"%s\": %s", text, why);
		g_free(why);
	} else if (!group)
		ok = diag_at(err, table_path(t), c->line, c->col, "color \"%s\" without a "
		             "group; expected a group for the colour to name", text);
	else if (had && (had->color.r != gc.color.r || had->color.g != gc.color.g ||
	                 had->color.b != gc.color.b))
		ok = diag_at(err, table_path(t), c->line, c->col, "color \"%s\": the group "
		             "\"%s\" has another colour on line %d; expected one colour per "
		             "group", text, group, had->line);
	else if (!had)
		g_hash_table_insert(colors, g_strdup(group), g_memdup2(&gc, sizeof gc));
	g_free(text);
	return ok;
}

Events *events_load(const char *path, TextMeasurer *tm, GError **err)
{
	Table *t = table_read(path, columns, NCOLS, err);
	if (!t)
		return NULL;
	Events *ev = g_new0(Events, 1);
	ev->path = g_strdup(table_path(t));
	ev->items = g_array_sized_new(FALSE, TRUE, sizeof(Event), (guint)table_rows(t));
	g_array_set_clear_func(ev->items, event_clear);
	ev->groups = g_ptr_array_new_with_free_func(g_free);
	ev->sources = g_ptr_array_new_with_free_func(g_free);
	int n = table_rows(t);
	char **groups = g_new0(char *, n > 0 ? n : 1);
	char **sources = g_new0(char *, n > 0 ? n : 1);
	GHashTable *colors = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);
	gboolean ok = TRUE;
	for (int r = 0; r < n && ok; r++) {
		Event e = {0};
		ok = load_row(t, r, tm, &e, &groups[r], &sources[r], err) &&
		     load_color(t, r, groups[r], colors, err);
		if (ok) {
			g_array_append_val(ev->items, e);
		} else {
			event_clear(&e);
		}
	}
	table_free(t);
	if (ok) {
		g_array_sort(ev->items, compare_events);
		/* Numbered in reading order (time), so notes count up left to right. */
		GHashTable *gi = g_hash_table_new(g_str_hash, g_str_equal);
		GHashTable *si = g_hash_table_new(g_str_hash, g_str_equal);
		for (guint i = 0; i < ev->items->len; i++) {
			Event *e = &g_array_index(ev->items, Event, i);
			if (groups[e->row])
				e->group = intern(ev->groups, gi, groups[e->row]);
			if (sources[e->row])
				e->source = intern(ev->sources, si, sources[e->row]) + 1;
		}
		g_hash_table_destroy(gi);
		g_hash_table_destroy(si);
	}
	ev->group_colors = g_array_sized_new(FALSE, TRUE, sizeof(Color), ev->groups->len);
	for (guint g = 0; g < ev->groups->len; g++) {
		const GroupColor *gc = g_hash_table_lookup(colors, g_ptr_array_index(ev->groups, g));
		Color c = gc ? gc->color : COLOR_NONE;
		g_array_append_val(ev->group_colors, c);
	}
	g_hash_table_destroy(colors);
	for (int r = 0; r < n; r++) {
		g_free(groups[r]);
		g_free(sources[r]);
	}
	g_free(groups);
	g_free(sources);
	if (!ok) {
		events_free(ev);
		return NULL;
	}
	return ev;
}

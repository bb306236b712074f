/* svggroup: items to groups by CSV row and role; see svggroup.h. Items of
 * one row are scattered through the drawing order (a label early, its marker
 * late), so a row's group gathers them all where its first item is drawn. */
#include "svggroup.h"
#include "lang.h"

#include <string.h>

static gboolean role_is(const SceneItem *it, const char *const *roles)
{
	for (; it->role && *roles; roles++)
		if (!strcmp(it->role, *roles))
			return TRUE;
	return FALSE;
}

static const char *const legend_roles[] = {"legend", "legend-key", "swatch", NULL};
static const char *const key_roles[] = {"legend-key", "swatch", NULL};
static const char *const note_roles[] = {"note", "caption", NULL};

static int add_group(SvgGroups *g, char *id, const char *cls, int row)
{
	SvgGroup grp = {.id = id, .cls = cls, .row = row};
	g_array_append_val(g->groups, grp);
	return (int)g->groups->len - 1;
}

/* The group of row in table (created with id prefix and cls if new). */
static int row_group(SvgGroups *g, GHashTable *table, const char *prefix,
                     const char *cls, int row)
{
	gpointer found;
	if (g_hash_table_lookup_extended(table, GINT_TO_POINTER(row), NULL, &found))
		return GPOINTER_TO_INT(found);
	int i = add_group(g, g_strdup_printf("%s%d", prefix, row), cls, row);
	g_hash_table_insert(table, GINT_TO_POINTER(row), GINT_TO_POINTER(i));
	return i;
}

typedef struct Finding {
	SvgGroups *g;
	GHashTable *rows, *legend_rows;   /* CSV line -> group index */
	int legends, notes;               /* ordinals of row-less ones so far */
} Finding;

/* A legend entry is its key and the texts after it; with a row, every legend
 * item of that row. A row-less text with no key before it (a column
 * heading) belongs to no entry. */
static int legend_group(Finding *f, const SceneItem *it, int previous)
{
	if (it->row > 0)
		return row_group(f->g, f->legend_rows, "legend-row-", "legend-entry", it->row);
	if (role_is(it, key_roles))
		return add_group(f->g, g_strdup_printf("legend-%d", ++f->legends),
		                 "legend-entry", 0);
	if (previous >= 0 && g_array_index(f->g->groups, SvgGroup, previous).row == 0 &&
	    !strcmp(g_array_index(f->g->groups, SvgGroup, previous).cls, "legend-entry"))
		return previous;
	return -1;
}

static int group_of(Finding *f, const SceneItem *it, int previous)
{
	if (role_is(it, legend_roles))
		return legend_group(f, it, previous);
	if (role_is(it, note_roles))
		return add_group(f->g, g_strdup_printf("note-%d", ++f->notes), "note", 0);
	if (it->row > 0)
		return row_group(f->g, f->rows, "row-", "event", it->row);
	return -1;
}

/* Text in one line, as a title holds it. */
static void append_clean(GString *out, const char *text)
{
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		if (c == '\n' || c == '\r' || c == '\t')
			g_string_append_c(out, ' ');
		else if (c != 0x2060)
			g_string_append_unichar(out, c);
	}
}

/* What a group shows, gathered in one pass over the items. */
typedef struct Words {
	GString *text;          /* its texts so far */
	gboolean after_date;    /* the last text was a date */
	const char *party;      /* the first party named, or NULL; borrowed */
	int seats;
	gboolean party_mark;    /* a seat or a bar segment: the group is a party's */
} Words;

/* "16 Oct 2019: Party announced. Planned for 22 February": a date leads
 * with a colon, the other texts follow as sentences (a legend entry's
 * cells as a list). */
static void add_words(Words *w, const SceneItem *it, gboolean list)
{
	if (it->party && !w->party)
		w->party = it->party;
	w->seats += it->kind == SCENE_SEAT;
	/* A timeline's marks name their group in party too; only seats and
	 * bar segments make a group a party's. */
	w->party_mark |= it->kind == SCENE_SEAT || (it->role && !strcmp(it->role, "bar"));
	if (it->kind != SCENE_TEXT || !it->text[0])
		return;
	GString *t = w->text;
	if (t->len)
		g_string_append(t, list ? ", " : w->after_date ? ": "
		                : strchr(".:;!?", t->str[t->len - 1]) ? " " : ". ");
	append_clean(t, it->text);
	w->after_date = it->role && !strcmp(it->role, "date");
}

/* A party: its name and its seats ("Nur Otan: 84 seats"); anything else
 * the words it shows. Takes w's text. */
static char *title_of(const Scene *s, SvgGroup *grp, Words *w)
{
	GString *t = w->text;
	if (w->party && w->party_mark && !strcmp(grp->cls, "event")) {
		grp->cls = "party";
		g_string_truncate(t, 0);
		append_clean(t, w->party);
		Lang lang = LANG_EN;
		if (w->seats && (!s->lang || lang_parse(s->lang, &lang)))
			g_string_append_printf(t, ": %d %s", w->seats,
			                       lang_word(lang, LANG_W_SEATS, w->seats));
	} else if (!t->len && w->party) {
		append_clean(t, w->party);
	}
	/* An event drawn without words (its label thinned out) still says
	 * where it comes from. */
	if (!t->len)
		g_string_printf(t, "line %d of the input", grp->row);
	return g_string_free(t, FALSE);
}

static void find_titles(const Scene *s, SvgGroups *g)
{
	Words *words = g_new0(Words, g->groups->len + 1);
	for (guint gi = 0; gi < g->groups->len; gi++)
		words[gi].text = g_string_new(NULL);
	for (guint i = 0; i < s->items->len; i++) {
		int gi = g->of_item[i];
		if (gi >= 0)
			add_words(&words[gi], &g_array_index(s->items, SceneItem, i),
			          !strcmp(g_array_index(g->groups, SvgGroup, gi).cls, "legend-entry"));
	}
	for (guint gi = 0; gi < g->groups->len; gi++) {
		SvgGroup *grp = &g_array_index(g->groups, SvgGroup, gi);
		grp->title = title_of(s, grp, &words[gi]);
	}
	g_free(words);
}

SvgGroups *svggroup_find(const Scene *s)
{
	SvgGroups *g = g_new0(SvgGroups, 1);
	g->groups = g_array_new(FALSE, FALSE, sizeof(SvgGroup));
	g->of_item = g_new(int, s->items->len + 1);
	Finding f = {.g = g, .rows = g_hash_table_new(NULL, NULL),
	             .legend_rows = g_hash_table_new(NULL, NULL)};
	int previous = -1;
	for (guint i = 0; i < s->items->len; i++) {
		g->of_item[i] = group_of(&f, &g_array_index(s->items, SceneItem, i), previous);
		previous = g->of_item[i];
	}
	find_titles(s, g);
	g_hash_table_destroy(f.rows);
	g_hash_table_destroy(f.legend_rows);
	return g;
}

void svggroup_free(SvgGroups *g)
{
	if (!g)
		return;
	for (guint i = 0; i < g->groups->len; i++) {
		SvgGroup *grp = &g_array_index(g->groups, SvgGroup, i);
		g_free(grp->id);
		g_free(grp->title);
	}
	g_array_free(g->groups, TRUE);
	g_free(g->of_item);
	g_free(g);
}

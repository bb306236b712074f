/* case_text: the scene checks about text as a reader meets it: how close
 * texts come to each other, and whether every party of a seat chart is
 * named; see case.h. */
#include "case.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#define EPS 0.01

typedef struct Box { double x0, y0, x1, y1; guint item; } Box;

static gint box_cmp(gconstpointer pa, gconstpointer pb)
{
	const Box *a = pa, *b = pb;
	if (a->x0 != b->x0)
		return a->x0 < b->x0 ? -1 : 1;
	return a->item < b->item ? -1 : a->item > b->item;
}

/* Text boxes swept by their left edge: each pair closer than gap is
 * found without looking at every pair. */
void check_text_gap(SceneData *sd, double gap)
{
	GArray *boxes = g_array_new(FALSE, FALSE, sizeof(Box));
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text"))
			continue;
		Box b = {it->x, it->y, it->x + it->w, it->y + it->h, i};
		g_array_append_val(boxes, b);
	}
	g_array_sort(boxes, box_cmp);
	int bad = 0;
	for (guint i = 0; i < boxes->len; i++) {
		const Box *a = &g_array_index(boxes, Box, i);
		for (guint j = i + 1; j < boxes->len; j++) {
			const Box *b = &g_array_index(boxes, Box, j);
			if (b->x0 >= a->x1 + gap)
				break;
			double dx = MAX(0, MAX(a->x0 - b->x1, b->x0 - a->x1));
			double dy = MAX(0, MAX(a->y0 - b->y1, b->y0 - a->y1));
			double d = hypot(dx, dy);
			if (d < gap - EPS && bad++ < 5) {
				Item *ia = scene_data_item(sd, a->item), *ib = scene_data_item(sd, b->item);
				case_fail("texts %.2f pt apart, under %g: \"%s\" (%s) and \"%s\" (%s)", d,
				          gap, ia->text, ia->role, ib->text, ib->role);
			}
		}
	}
	g_array_free(boxes, TRUE);
}

static int panel_of(const Item *it)
{
	JsonNode *n = json_object_get_member(it->obj, "panel");
	return n ? (int)json_node_get_int(n) : -1;
}

static gboolean text_of(const Item *it, const char *role)
{
	return !strcmp(it->type, "text") && it->role && !strcmp(it->role, role);
}

/* Whether party is named in panel: a label, or a number on the chart that
 * the legend's number for the party matches. */
static gboolean named(SceneData *sd, const char *party, int panel)
{
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (!it->party || strcmp(it->party, party))
			continue;
		/* A number the key lists as not on the chart names it anywhere. */
		if (text_of(it, "unlabelled"))
			return TRUE;
		if (panel_of(it) != panel)
			continue;
		if (text_of(it, "label"))
			return TRUE;
		if (!text_of(it, "key"))
			continue;
		for (guint j = 0; j < sd->items->len; j++) {
			Item *k = scene_data_item(sd, j);
			if (text_of(k, "legend-number") && k->party &&
			    !strcmp(k->party, party) && !g_strcmp0(k->text, it->text))
				return TRUE;
		}
	}
	return FALSE;
}

/* The k of "Others (k)": the last number in parentheses. */
static int gathered_count(const char *name)
{
	const char *open = strrchr(name, '(');
	int k = 0;
	for (const char *p = open ? open : ""; *p && *p != ')'; p++)
		if (*p >= '0' && *p <= '9')
			k = 10 * k + (*p - '0');
	return k;
}

/* Every party with seats in a panel is named there (a label, or a number
 * the legend explains); a block gathered from several rows (seats without
 * a row: "Others (k)") is named too, and the legend names k parties it
 * holds (texts of role "others", each with its own row). */
void check_parties_named(SceneData *sd)
{
	GHashTable *seen = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, NULL);
	int bad = 0, others_rows = 0, want_others = 0;
	GHashTable *rows = g_hash_table_new(g_direct_hash, g_direct_equal);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (text_of(it, "others") && it->row > 0)
			g_hash_table_add(rows, GINT_TO_POINTER(it->row));
	}
	others_rows = (int)g_hash_table_size(rows);
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "seat") || !it->party)
			continue;
		int panel = panel_of(it);
		char *key = g_strdup_printf("%d\x1f%s", panel, it->party);
		if (!g_hash_table_add(seen, key))
			continue;
		if (!named(sd, it->party, panel) && bad++ < 5)
			case_fail("%s (panel %d) is named neither on the chart nor by a number "
			          "in the legend", it->party, panel);
		if (it->row < 0)
			want_others = MAX(want_others, gathered_count(it->party));
	}
	if (others_rows < want_others)
		case_fail("the legend names %d parties held by Others, expected %d", others_rows,
		          want_others);
	g_hash_table_destroy(rows);
	g_hash_table_destroy(seen);
}

static double channel(double c)
{
	return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4);
}

/* WCAG relative luminance of "#rrggbb". */
static double luminance(const char *hex)
{
	unsigned v = (unsigned)strtoul(hex + 1, NULL, 16);
	return 0.2126 * channel(((v >> 16) & 255) / 255.0) +
	       0.7152 * channel(((v >> 8) & 255) / 255.0) + 0.0722 * channel((v & 255) / 255.0);
}

static const char *member(const Item *it, const char *key)
{
	JsonNode *n = json_object_get_member(it->obj, key);
	return n ? json_node_get_string(n) : NULL;
}

/* Every text standing on a filled rect (a bar segment) contrasts with its
 * fill by at least ratio (a rect without fill is the white page). */
void check_text_contrast(SceneData *sd, double ratio)
{
	int bad = 0;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *t = scene_data_item(sd, i);
		if (strcmp(t->type, "text") || !member(t, "color"))
			continue;
		double cx = t->x + t->w / 2, cy = t->y + t->h / 2;
		for (guint j = 0; j < sd->items->len; j++) {
			Item *r = scene_data_item(sd, j);
			if (strcmp(r->type, "rect") || cx < r->x || cx > r->x + r->w || cy < r->y ||
			    cy > r->y + r->h)
				continue;
			const char *fill = member(r, "fill");
			double a = luminance(member(t, "color")), b = fill ? luminance(fill) : 1;
			double c = (MAX(a, b) + 0.05) / (MIN(a, b) + 0.05);
			if (c < ratio - 1e-9 && bad++ < 5)
				case_fail("\"%s\" (%s) on %s: contrast %.2f:1, under %g:1", t->text,
				          member(t, "color"), fill ? fill : "no fill", c, ratio);
		}
	}
}

/* The seats of parties a and b (both drawn) have one fill. */
void check_same_fill(SceneData *sd, const char *a, const char *b)
{
	const char *fa = NULL, *fb = NULL;
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "seat") || !it->party)
			continue;
		if (!strcmp(it->party, a) && !fa)
			fa = member(it, "fill");
		if (!strcmp(it->party, b) && !fb)
			fb = member(it, "fill");
	}
	if (!fa || !fb)
		case_fail("no seats of %s", !fa ? a : b);
	else if (strcmp(fa, fb))
		case_fail("%s is drawn in %s, %s in %s", a, fa, b, fb);
}

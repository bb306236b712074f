/* case_svg: the checks of what render writes about a figure into its files:
 * the SVG (read with GLib's XML parser: its title, description, groups and
 * text), the PNG's text chunks and the PDF's document information. */
#include "case.h"

#include <string.h>

typedef struct SvgGroupInfo {
	char *id, *cls, *title;    /* owned; title NULL if the group has none */
} SvgGroupInfo;

/* What the checks need of an SVG document. */
typedef struct SvgDoc {
	char *root_role, *root_labelledby;
	char *first, *second;      /* the names of the root's first two elements */
	GString *title, *desc;     /* their text when they are <title>, <desc> */
	GPtrArray *ids;            /* of char*: every id attribute */
	GArray *groups;            /* of SvgGroupInfo: every <g> with an id */
	GPtrArray *texts;          /* of GPtrArray of char*: each <text>'s lines */
	GString *style;            /* the text of <style> elements */
	int uses;                  /* <use> elements (outlined glyphs) */
	/* parsing */
	int depth;
	GArray *open;              /* of Open: the elements open now, outermost first */
	GString *into;             /* where character data goes now, or NULL */
	int title_of;              /* the group whose <title> is being read, or -1 */
	GPtrArray *lines;          /* the <text> being read */
	int text_depth;            /* depth of that <text> */
} SvgDoc;

typedef struct Open {
	int kids;                  /* its element children so far */
	int group;                 /* its index in groups if it is a <g> with an id, else -1 */
} Open;

static const char *attr(const char **names, const char **values, const char *name)
{
	for (int i = 0; names[i]; i++)
		if (!strcmp(names[i], name))
			return values[i];
	return NULL;
}

static void on_start(GMarkupParseContext *ctx, const char *name, const char **names,
                     const char **values, gpointer data, GError **err)
{
	(void)ctx, (void)err;
	SvgDoc *d = data;
	Open *parent = d->depth ? &g_array_index(d->open, Open, d->depth - 1) : NULL;
	int nth = parent ? parent->kids++ : 0;
	int parent_group = parent ? parent->group : -1;
	Open self = {0, -1};
	const char *id = attr(names, values, "id");
	if (!strcmp(name, "g") && id)
		self.group = (int)d->groups->len;
	g_array_append_val(d->open, self);
	d->depth++;
	if (id)
		g_ptr_array_add(d->ids, g_strdup(id));
	if (d->depth == 1) {
		d->root_role = g_strdup(attr(names, values, "role"));
		d->root_labelledby = g_strdup(attr(names, values, "aria-labelledby"));
	} else if (d->depth == 2 && nth < 2) {
		char **slot = nth ? &d->second : &d->first;
		*slot = g_strdup(name);
		if (!strcmp(name, nth ? "desc" : "title"))
			d->into = nth ? d->desc : d->title;
	}
	if (self.group >= 0) {
		SvgGroupInfo g = {g_strdup(id), g_strdup(attr(names, values, "class")), NULL};
		g_array_append_val(d->groups, g);
	} else if (!strcmp(name, "title") && nth == 0 && parent_group >= 0) {
		d->title_of = parent_group;
		d->into = g_string_new(NULL);
	} else if (!strcmp(name, "text")) {
		d->lines = g_ptr_array_new_with_free_func(g_free);
		d->text_depth = d->depth;
	} else if (!strcmp(name, "tspan") && d->lines && d->depth == d->text_depth + 1) {
		d->into = g_string_new(NULL);
	} else if (!strcmp(name, "style")) {
		d->into = d->style;
	}
	d->uses += !strcmp(name, "use");
}

static void on_end(GMarkupParseContext *ctx, const char *name, gpointer data, GError **err)
{
	(void)ctx, (void)err;
	SvgDoc *d = data;
	if (!strcmp(name, "title") && d->title_of >= 0) {
		g_array_index(d->groups, SvgGroupInfo, d->title_of).title =
			g_string_free(d->into, FALSE);
		d->title_of = -1;
	} else if (!strcmp(name, "tspan") && d->into && d->depth == d->text_depth + 1) {
		g_ptr_array_add(d->lines, g_string_free(d->into, FALSE));
	} else if (!strcmp(name, "text") && d->lines) {
		g_ptr_array_add(d->texts, d->lines);
		d->lines = NULL;
	}
	if (!(!strcmp(name, "tspan") && d->depth > d->text_depth + 1))
		d->into = NULL;
	g_array_set_size(d->open, (guint)--d->depth);
}

static void on_text(GMarkupParseContext *ctx, const char *text, gsize len, gpointer data,
                    GError **err)
{
	(void)ctx, (void)err;
	SvgDoc *d = data;
	if (d->into)
		g_string_append_len(d->into, text, (gssize)len);
}

static void group_info_clear(gpointer p)
{
	SvgGroupInfo *g = p;
	g_free(g->id), g_free(g->cls), g_free(g->title);
}

static void svg_doc_free(SvgDoc *d)
{
	g_free(d->root_role), g_free(d->root_labelledby), g_free(d->first), g_free(d->second);
	g_string_free(d->title, TRUE), g_string_free(d->desc, TRUE), g_string_free(d->style, TRUE);
	g_ptr_array_free(d->ids, TRUE);
	g_array_free(d->groups, TRUE);
	g_ptr_array_free(d->texts, TRUE);
	g_array_free(d->open, TRUE);
	if (d->title_of >= 0)
		g_string_free(d->into, TRUE);
	if (d->lines)
		g_ptr_array_free(d->lines, TRUE);
	g_free(d);
}

/* Parses path; NULL (and the case fails) unless it is well-formed XML. */
static SvgDoc *svg_doc_load(const char *path)
{
	char *xml = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &xml, &len, NULL)) {
		case_fail("cannot read %s", path);
		return NULL;
	}
	SvgDoc *d = g_new0(SvgDoc, 1);
	d->title = g_string_new(NULL), d->desc = g_string_new(NULL), d->style = g_string_new(NULL);
	d->ids = g_ptr_array_new_with_free_func(g_free);
	d->groups = g_array_new(FALSE, TRUE, sizeof(SvgGroupInfo));
	g_array_set_clear_func(d->groups, group_info_clear);
	d->texts = g_ptr_array_new_with_free_func((GDestroyNotify)g_ptr_array_unref);
	d->open = g_array_new(FALSE, TRUE, sizeof(Open));
	d->title_of = -1;
	GMarkupParser parser = {on_start, on_end, on_text, NULL, NULL};
	GMarkupParseContext *ctx = g_markup_parse_context_new(&parser,
	                                                       G_MARKUP_PREFIX_ERROR_POSITION, d, NULL);
	GError *e = NULL;
	gboolean ok = g_markup_parse_context_parse(ctx, xml, (gssize)len, &e) &&
	              g_markup_parse_context_end_parse(ctx, &e);
	g_markup_parse_context_free(ctx);
	g_free(xml);
	if (!ok) {
		case_fail("%s is not well-formed XML: %s", path, e->message);
		g_error_free(e);
		svg_doc_free(d);
		return NULL;
	}
	return d;
}

static int cmp_str(gconstpointer a, gconstpointer b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

void check_svg_described(const char *path, const char *title)
{
	SvgDoc *d = svg_doc_load(path);
	if (!d)
		return;
	if (g_strcmp0(d->root_role, "img") || !d->root_labelledby)
		case_fail("%s: the root has no role=\"img\" and aria-labelledby", path);
	if (g_strcmp0(d->first, "title") || g_strcmp0(d->second, "desc"))
		case_fail("%s: starts with <%s> and <%s>, not <title> and <desc>", path,
		          d->first ? d->first : "", d->second ? d->second : "");
	else if (strcmp(d->title->str, title))
		case_fail("%s: title \"%s\", expected \"%s\"", path, d->title->str, title);
	else if (!d->desc->len)
		case_fail("%s: empty <desc>", path);
	g_ptr_array_sort(d->ids, cmp_str);
	for (guint i = 1; i < d->ids->len; i++)
		if (!strcmp(d->ids->pdata[i - 1], d->ids->pdata[i]))
			case_fail("%s: id \"%s\" twice", path, (char *)d->ids->pdata[i]);
	for (guint i = 0; i < d->groups->len; i++) {
		SvgGroupInfo *g = &g_array_index(d->groups, SvgGroupInfo, i);
		if (!g->title || !*g->title)
			case_fail("%s: <g id=\"%s\"> has no <title>", path, g->id);
	}
	svg_doc_free(d);
}

static SvgGroupInfo *group(SvgDoc *d, const char *id)
{
	for (guint i = 0; i < d->groups->len; i++)
		if (!strcmp(g_array_index(d->groups, SvgGroupInfo, i).id, id))
			return &g_array_index(d->groups, SvgGroupInfo, i);
	return NULL;
}

void check_svg_rows(SceneData *sd, const char *path)
{
	SvgDoc *d = svg_doc_load(path);
	if (!d)
		return;
	GHashTable *rows = g_hash_table_new(NULL, NULL);
	for (guint i = 0; i < sd->items->len; i++) {
		int row = scene_data_item(sd, i)->row;
		char *id = g_strdup_printf("row-%d", row);
		if (row > 0 && !g_hash_table_contains(rows, GINT_TO_POINTER(row)) && !group(d, id))
			case_fail("%s: no <g id=\"%s\"> for the scene's row %d", path, id, row);
		if (row > 0)
			g_hash_table_add(rows, GINT_TO_POINTER(row));
		g_free(id);
	}
	for (guint i = 0; i < d->groups->len; i++) {
		const char *id = g_array_index(d->groups, SvgGroupInfo, i).id;
		if (g_str_has_prefix(id, "row-") &&
		    !g_hash_table_contains(rows, GINT_TO_POINTER(atoi(id + 4))))
			case_fail("%s: <g id=\"%s\"> for a row the scene does not draw", path, id);
	}
	g_hash_table_destroy(rows);
	svg_doc_free(d);
}

void check_svg_group(const char *path, const char *id, const char *title)
{
	SvgDoc *d = svg_doc_load(path);
	if (!d)
		return;
	SvgGroupInfo *g = group(d, id);
	if (!g)
		case_fail("%s: no <g id=\"%s\">", path, id);
	else if (g_strcmp0(g->title, title))
		case_fail("%s: <g id=\"%s\"> has title \"%s\", expected \"%s\"", path, id,
		          g->title ? g->title : "(none)", title);
	svg_doc_free(d);
}

/* A <text>'s lines joined by '|', a hyphen pango added at a break (one the
 * scene's lines do not have) taken off. */
static char *svg_lines(GPtrArray *lines)
{
	GString *s = g_string_new(NULL);
	for (guint k = 0; k < lines->len; k++) {
		const char *line = lines->pdata[k];
		gsize len = strlen(line);
		if (k + 1 < lines->len && g_str_has_suffix(line, "\u2010"))
			len -= strlen("\u2010");
		g_string_append_printf(s, "%s%.*s", k ? "|" : "", (int)len, line);
	}
	return g_string_free(s, FALSE);
}

/* Live text: the <text> elements hold the lines of the scene's texts, each
 * once, and the fonts are embedded; outlines: no <text>, glyphs by <use>. */
void check_svg_text(SceneData *sd, const char *path, gboolean live)
{
	SvgDoc *d = svg_doc_load(path);
	if (!d)
		return;
	if (!live) {
		if (d->texts->len || !d->uses)
			case_fail("%s: %u <text>, %d <use>: not text as outlines", path,
			          d->texts->len, d->uses);
		svg_doc_free(d);
		return;
	}
	if (!strstr(d->style->str, "@font-face") || !strstr(d->style->str, "data:font/ttf;base64,"))
		case_fail("%s: no font embedded in a @font-face rule", path);
	GPtrArray *got = g_ptr_array_new_with_free_func(g_free);
	for (guint i = 0; i < d->texts->len; i++)
		g_ptr_array_add(got, svg_lines(d->texts->pdata[i]));
	for (guint i = 0; i < sd->items->len; i++) {
		Item *it = scene_data_item(sd, i);
		if (strcmp(it->type, "text"))
			continue;
		JsonArray *a = json_object_get_array_member(it->obj, "lines");
		GString *want = g_string_new(NULL);
		for (guint k = 0; a && k < json_array_get_length(a); k++)
			g_string_append_printf(want, "%s%s", k ? "|" : "",
			                       json_array_get_string_element(a, k));
		guint at;
		if (g_ptr_array_find_with_equal_func(got, want->str, g_str_equal, &at))
			g_ptr_array_remove_index(got, at);
		else
			case_fail("%s: no <text> with the lines \"%s\"", path, want->str);
		g_string_free(want, TRUE);
	}
	for (guint i = 0; i < got->len; i++)
		case_fail("%s: <text> \"%s\" is no text of the scene", path, (char *)got->pdata[i]);
	g_ptr_array_free(got, TRUE);
	svg_doc_free(d);
}

static guint32 be32(const guint8 *p)
{
	return (guint32)p[0] << 24 | (guint32)p[1] << 16 | (guint32)p[2] << 8 | p[3];
}

/* The value of text chunk key (tEXt, or uncompressed iTXt), or NULL. */
static char *png_text(const guint8 *png, gsize len, const char *key)
{
	for (gsize i = 8; i + 12 <= len;) {
		guint32 n = be32(png + i);
		const guint8 *type = png + i + 4, *data = png + i + 8;
		if (i + 12 + n > len)
			break;
		gsize klen = strnlen((const char *)data, n);
		if (klen < n && !strcmp((const char *)data, key)) {
			if (!memcmp(type, "tEXt", 4))
				return g_strndup((const char *)data + klen + 1, n - klen - 1);
			/* iTXt: key NUL flag method lang NUL translated-key NUL text */
			if (!memcmp(type, "iTXt", 4) && klen + 3 < n && data[klen + 1] == 0) {
				const char *p = (const char *)data + klen + 3, *end = (const char *)data + n;
				for (int nul = 0; nul < 2 && p < end; p++)
					nul += *p == 0;
				return g_strndup(p, (gsize)(end - p));
			}
		}
		i += 12 + n;
	}
	return NULL;
}

/* The first line of the text chunk key is want. */
void check_png_text(const char *path, const char *key, const char *want)
{
	char *png = NULL;
	gsize len = 0;
	if (!g_file_get_contents(path, &png, &len, NULL)) {
		case_fail("cannot read %s", path);
		return;
	}
	char *got = png_text((const guint8 *)png, len, key);
	if (got)
		got[strcspn(got, "\n")] = 0;   /* its first line */
	if (g_strcmp0(got, want))
		case_fail("%s: text chunk %s is \"%s\", expected \"%s\"", path, key,
		          got ? got : "(none)", want);
	g_free(got);
	g_free(png);
}

/* The first line of field in what pdfinfo shows is want. */
void check_pdf_info(const char *path, const char *field, const char *want)
{
	char *argv[] = {(char *)"pdfinfo", (char *)path, NULL};
	char *out = NULL, *label = g_strconcat(field, ":", NULL);
	int status = 0;
	if (!g_spawn_sync(NULL, argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
	                  NULL, NULL, &out, NULL, &status, NULL) || status != 0) {
		case_fail("pdfinfo %s failed (is poppler-utils installed?)", path);
	} else {
		char **lines = g_strsplit(out, "\n", -1);
		const char *got = NULL;
		for (int i = 0; lines[i] && !got; i++)
			if (g_str_has_prefix(lines[i], label))
				got = g_strchug(lines[i] + strlen(label));
		if (g_strcmp0(got, want))
			case_fail("pdfinfo %s: %s \"%s\", expected \"%s\"", path, field,
			          got ? got : "(none)", want);
		g_strfreev(lines);
	}
	g_free(label);
	g_free(out);
}

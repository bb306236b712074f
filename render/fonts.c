/* fonts: bundled fonts only, measured with pango under fixed options; see fonts.h.
 * Model: pango's own tests build a private FcConfig and attach it to a fresh
 * font map, so nothing of /etc/fonts or the user's fonts can leak in. */
#include "fonts.h"
#include "diag.h"

#include <fontconfig/fontconfig.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <string.h>

struct Fonts {
	TextMeasurer measurer;      /* first, so a TextMeasurer* is a Fonts* */
	PangoFontMap *map;          /* owned */
	PangoContext *context;      /* owned */
	PangoFont *regular;         /* owned; for coverage checks */
	PangoFont *bold;            /* owned */
	GHashTable *coverage;       /* gunichar -> 1 covered, 2 missing; lookups only */
	GHashTable *sizes;          /* "style|text" -> TextSize; lookups only */
	char *dir;                  /* owned */
};

static char *find_dir(void)
{
	const char *env = g_getenv("RENDER_FONTS");
	if (env && *env)
		return g_strdup(env);
	char *exe = g_file_read_link("/proc/self/exe", NULL);
	if (!exe)
		return g_strdup("fonts");
	char *bindir = g_path_get_dirname(exe);
	g_free(exe);
	/* build/render -> fonts/ in the source tree; PREFIX/bin/render ->
	 * PREFIX/share/render/fonts when installed. */
	const char *tries[] = {"../fonts", "../share/render/fonts", "fonts"};
	char *found = NULL;
	for (size_t i = 0; i < G_N_ELEMENTS(tries) && !found; i++) {
		char *d = g_build_filename(bindir, tries[i], NULL);
		char *probe = g_build_filename(d, "OFL.txt", NULL);
		if (g_file_test(probe, G_FILE_TEST_EXISTS))
			found = g_canonicalize_filename(d, NULL);
		g_free(probe);
		g_free(d);
	}
	g_free(bindir);
	return found ? found : g_strdup("fonts");
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Adds each font file by name, in sorted order, so the set never depends on
 * directory order. Adding files (not the folder) writes no fontconfig cache. */
static int add_fonts(FcConfig *config, const char *dir, GError **err)
{
	GError *e = NULL;
	GDir *d = g_dir_open(dir, 0, &e);
	if (!d) {
		diag_fail(err, DIAG_IO, "fonts folder %s: %s; set RENDER_FONTS to the "
		          "folder holding the bundled fonts", dir, e->message);
		g_error_free(e);
		return -1;
	}
	GPtrArray *names = g_ptr_array_new_with_free_func(g_free);
	const char *name;
	while ((name = g_dir_read_name(d)))
		if (g_str_has_suffix(name, ".ttf") || g_str_has_suffix(name, ".otf"))
			g_ptr_array_add(names, g_strdup(name));
	g_dir_close(d);
	qsort(names->pdata, names->len, sizeof(char *), cmp_str);
	int added = 0;
	for (guint i = 0; i < names->len; i++) {
		char *path = g_build_filename(dir, names->pdata[i], NULL);
		if (FcConfigAppFontAddFile(config, (const FcChar8 *)path))
			added++;
		g_free(path);
	}
	g_ptr_array_free(names, TRUE);
	if (!added)
		diag_fail(err, DIAG_IO, "fonts folder %s has no usable .ttf or .otf font; "
		          "set RENDER_FONTS to the folder holding the bundled fonts", dir);
	return added ? added : -1;
}

static PangoFontDescription *describe(const TextStyle *style)
{
	PangoFontDescription *fd = pango_font_description_new();
	pango_font_description_set_family_static(fd, FONTS_FAMILY);
	pango_font_description_set_weight(fd, style->bold ? PANGO_WEIGHT_BOLD
	                                                   : PANGO_WEIGHT_NORMAL);
	pango_font_description_set_style(fd, style->italic ? PANGO_STYLE_ITALIC
	                                                   : PANGO_STYLE_NORMAL);
	pango_font_description_set_size(fd, (gint)(style->size * PANGO_SCALE + 0.5));
	return fd;
}

/* Loads the family in a style and checks fontconfig did not substitute
 * another family for it. */
static PangoFont *load_checked(Fonts *f, gboolean bold, gboolean italic,
                               GError **err)
{
	TextStyle st = {.size = 10, .bold = bold, .italic = italic};
	PangoFontDescription *fd = describe(&st);
	PangoFont *font = pango_font_map_load_font(f->map, f->context, fd);
	pango_font_description_free(fd);
	const char *got = NULL;
	PangoFontDescription *desc = font ? pango_font_describe(font) : NULL;
	if (desc)
		got = pango_font_description_get_family(desc);
	if (!got || g_ascii_strcasecmp(got, FONTS_FAMILY) != 0) {
		diag_fail(err, DIAG_IO, "font \"%s%s%s\" is not in %s (got \"%s\"); "
		          "the bundled fonts are missing or damaged", FONTS_FAMILY,
		          bold ? " Bold" : "", italic ? " Italic" : "", f->dir,
		          got ? got : "nothing");
		if (font)
			g_object_unref(font);
		font = NULL;
	}
	if (desc)
		pango_font_description_free(desc);
	return font;
}

static void set_layout(PangoLayout *layout, const char *text,
                       const TextStyle *style)
{
	PangoFontDescription *fd = describe(style);
	pango_layout_set_font_description(layout, fd);
	pango_font_description_free(fd);
	if (style->wrap > 0) {
		pango_layout_set_width(layout, (int)(style->wrap * PANGO_SCALE));
		pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
	}
	pango_layout_set_alignment(layout, style->align == TEXT_CENTER ? PANGO_ALIGN_CENTER
	                           : style->align == TEXT_RIGHT        ? PANGO_ALIGN_RIGHT
	                                                               : PANGO_ALIGN_LEFT);
	pango_layout_set_text(layout, text, -1);
}

PangoLayout *fonts_layout(Fonts *f, const char *text, const TextStyle *style)
{
	PangoLayout *layout = pango_layout_new(f->context);
	set_layout(layout, text, style);
	return layout;
}

static TextSize measure(TextMeasurer *m, const char *text, const TextStyle *style)
{
	Fonts *f = (Fonts *)m;
	/* Layouts measure the same label at the same widths many times over
	 * (each wrap width, each row limit of a fixed page): shaping it once
	 * keeps a 2000-character label from costing seconds. */
	char *key = g_strdup_printf("%a|%d|%d|%a|%d|%s", style->size, style->bold,
	                            style->italic, style->wrap, (int)style->align, text);
	TextSize *hit = g_hash_table_lookup(f->sizes, key);
	if (hit) {
		g_free(key);
		return *hit;
	}
	PangoLayout *layout = fonts_layout(f, text, style);
	PangoRectangle logical;
	pango_layout_get_extents(layout, NULL, &logical);
	TextSize ts = {
		.w = (double)logical.width / PANGO_SCALE,
		.h = (double)logical.height / PANGO_SCALE,
		.baseline = (double)pango_layout_get_baseline(layout) / PANGO_SCALE,
		.lines = pango_layout_get_line_count(layout),
	};
	g_object_unref(layout);
	g_hash_table_insert(f->sizes, key, g_memdup2(&ts, sizeof ts));
	return ts;
}

static char **lines(TextMeasurer *m, const char *text, const TextStyle *style)
{
	PangoLayout *layout = fonts_layout((Fonts *)m, text, style);
	GPtrArray *out = g_ptr_array_new();
	for (GSList *l = pango_layout_get_lines_readonly(layout); l; l = l->next) {
		const PangoLayoutLine *line = l->data;
		int len = line->length;
		/* The space a line breaks at belongs to no line. */
		while (len > 0 && text[line->start_index + len - 1] == ' ')
			len--;
		g_ptr_array_add(out, g_strndup(text + line->start_index, (gsize)len));
	}
	g_ptr_array_add(out, NULL);
	g_object_unref(layout);
	return (char **)g_ptr_array_free(out, FALSE);
}

static gunichar missing_glyph(TextMeasurer *m, const char *text)
{
	Fonts *f = (Fonts *)m;
	for (const char *p = text; *p; p = g_utf8_next_char(p)) {
		gunichar c = g_utf8_get_char(p);
		/* Controls and format characters take no glyph of their own. */
		if (c < 0x20 || c == 0x200b || c == 0x200c || c == 0x200d || c == 0xad)
			continue;
		gpointer known = g_hash_table_lookup(f->coverage, GUINT_TO_POINTER(c));
		if (!known) {
			gboolean has = pango_font_has_char(f->regular, c) &&
			               pango_font_has_char(f->bold, c);
			known = GUINT_TO_POINTER(has ? 1u : 2u);
			g_hash_table_insert(f->coverage, GUINT_TO_POINTER(c), known);
		}
		if (GPOINTER_TO_UINT(known) == 2)
			return c;
	}
	return 0;
}

Fonts *fonts_open(const char *dir, GError **err)
{
	Fonts *f = g_new0(Fonts, 1);
	f->measurer.measure = measure;
	f->measurer.missing_glyph = missing_glyph;
	f->measurer.lines = lines;
	f->dir = dir ? g_strdup(dir) : find_dir();
	f->coverage = g_hash_table_new(g_direct_hash, g_direct_equal);
	f->sizes = g_hash_table_new_full(g_str_hash, g_str_equal, g_free, g_free);

	/* An empty configuration: it reads neither /etc/fonts nor ~/.fonts. */
	FcConfig *config = FcConfigCreate();
	if (add_fonts(config, f->dir, err) < 0) {
		FcConfigDestroy(config);
		fonts_close(f);
		return NULL;
	}
	/* Also make it fontconfig's current configuration: pango and cairo
	 * otherwise load the system one (/etc/fonts) for their own lookups. */
	FcConfigSetCurrent(config);
	f->map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(f->map), config);
	FcConfigDestroy(config);

	f->context = pango_font_map_create_context(f->map);
	/* One unhinted policy for every format, so PNG, PDF and SVG share a layout. */
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(f->context, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(f->context, 72.0); /* 1 unit = 1 pt */
	pango_context_set_round_glyph_positions(f->context, FALSE);
	pango_context_set_language(f->context, pango_language_from_string("en"));
	pango_context_set_base_dir(f->context, PANGO_DIRECTION_LTR);

	f->regular = load_checked(f, FALSE, FALSE, err);
	f->bold = f->regular ? load_checked(f, TRUE, FALSE, err) : NULL;
	PangoFont *italic = f->bold ? load_checked(f, FALSE, TRUE, err) : NULL;
	if (!italic) {
		fonts_close(f);
		return NULL;
	}
	g_object_unref(italic);
	return f;
}

void fonts_close(Fonts *f)
{
	if (!f)
		return;
	g_clear_object(&f->regular);
	g_clear_object(&f->bold);
	g_clear_object(&f->context);
	g_clear_object(&f->map);
	g_hash_table_destroy(f->coverage);
	if (f->sizes)
		g_hash_table_destroy(f->sizes);
	g_free(f->dir);
	g_free(f);
}

TextMeasurer *fonts_measurer(Fonts *f)
{
	return &f->measurer;
}

const char *fonts_dir(const Fonts *f)
{
	return f->dir;
}

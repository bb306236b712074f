/* floor: the least work a figure can cost with cairo and pango. It reads the
 * CSV with libcsv (one call, every field copied) and draws a fixed list of
 * primitives and labels at fixed positions: no measuring, no layout, no
 * checks. The list comes from render's own --scene JSON of the same figure
 * (bench/scene2c.py turns it into floor_scene.c), so both draw the same
 * things. Built by bench/run, not by make.
 *
 * usage: floor IN.csv OUT.pdf|OUT.png|OUT.svg [DPI]   (fonts: $RENDER_FONTS or fonts/) */
#include "floor.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <cairo.h>
#include <csv.h>
#include <fontconfig/fontconfig.h>
#include <math.h>
#include <pango/pangocairo.h>
#include <pango/pangofc-fontmap.h>
#include <stdio.h>
#include <string.h>

typedef struct Fields {
	GPtrArray *all;   /* every field's text, owned */
	int rows;
} Fields;

static void on_field(void *s, size_t n, void *data)
{
	g_ptr_array_add(((Fields *)data)->all, g_strndup(s ? s : "", n));
}

static void on_row(int c, void *data)
{
	(void)c;
	((Fields *)data)->rows++;
}

static int read_csv(const char *path, Fields *f)
{
	char *text;
	gsize len;
	if (!g_file_get_contents(path, &text, &len, NULL))
		return -1;
	struct csv_parser p;
	csv_init(&p, CSV_STRICT | CSV_APPEND_NULL);
	f->all = g_ptr_array_new_with_free_func(g_free);
	size_t got = csv_parse(&p, text, len, on_field, on_row, f);
	csv_fini(&p, on_field, on_row, f);
	csv_free(&p);
	g_free(text);
	return got == len ? 0 : -1;
}

/* The bundled fonts only, unhinted, 1 unit = 1 pt: as render sets up pango. */
static PangoContext *font_context(void)
{
	const char *dir = g_getenv("RENDER_FONTS") ? g_getenv("RENDER_FONTS") : "fonts";
	FcConfig *config = FcConfigCreate();
	const char *files[] = {"NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSans-Italic.ttf"};
	for (size_t i = 0; i < G_N_ELEMENTS(files); i++) {
		char *path = g_build_filename(dir, files[i], NULL);
		FcConfigAppFontAddFile(config, (const FcChar8 *)path);
		g_free(path);
	}
	FcConfigSetCurrent(config);
	PangoFontMap *map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT);
	pango_fc_font_map_set_config(PANGO_FC_FONT_MAP(map), config);
	FcConfigDestroy(config);
	PangoContext *ctx = pango_font_map_create_context(map);
	g_object_unref(map);
	cairo_font_options_t *fo = cairo_font_options_create();
	cairo_font_options_set_hint_style(fo, CAIRO_HINT_STYLE_NONE);
	cairo_font_options_set_hint_metrics(fo, CAIRO_HINT_METRICS_OFF);
	cairo_font_options_set_antialias(fo, CAIRO_ANTIALIAS_GRAY);
	pango_cairo_context_set_font_options(ctx, fo);
	cairo_font_options_destroy(fo);
	pango_cairo_context_set_resolution(ctx, 72.0);
	pango_context_set_round_glyph_positions(ctx, FALSE);
	return ctx;
}

static void rgb(cairo_t *cr, unsigned c, double alpha)
{
	cairo_set_source_rgba(cr, (c >> 16 & 255) / 255.0, (c >> 8 & 255) / 255.0,
	                      (c & 255) / 255.0, alpha);
}

static void hatch(cairo_t *cr, const FloorItem *it)
{
	double x1, y1, x2, y2;
	cairo_save(cr);
	cairo_clip_preserve(cr);
	cairo_fill_extents(cr, &x1, &y1, &x2, &y2);
	cairo_new_path(cr);
	double size = fmax(x2 - x1, y2 - y1), gap = fmax(1.2, size / 4.5);
	for (double d = -size; d < size * 2; d += gap) {
		cairo_move_to(cr, x1 + d, y2);
		cairo_line_to(cr, x1 + d + (y2 - y1), y1);
	}
	rgb(cr, it->stroke, 1);
	cairo_set_line_width(cr, fmax(0.25, gap * 0.28));
	cairo_stroke(cr);
	cairo_restore(cr);
}

static void paint(cairo_t *cr, const FloorItem *it)
{
	if (it->has_fill) {
		rgb(cr, it->fill, it->opacity);
		cairo_fill_preserve(cr);
	}
	if (it->hatch)
		hatch(cr, it);
	if (it->has_stroke) {
		rgb(cr, it->stroke, 1);
		cairo_set_line_width(cr, it->stroke_width);
		cairo_stroke_preserve(cr);
	}
	cairo_new_path(cr);
}

static void draw(cairo_t *cr, PangoContext *ctx)
{
	pango_cairo_update_context(cr, ctx);
	PangoFontDescription *fd = pango_font_description_from_string("Noto Sans");
	for (int i = 0; i < floor_nitems; i++) {
		const FloorItem *it = &floor_items[i];
		switch (it->kind) {
		case FLOOR_TEXT: {
			PangoLayout *layout = pango_layout_new(ctx);
			pango_font_description_set_weight(fd, it->bold ? PANGO_WEIGHT_BOLD
			                                               : PANGO_WEIGHT_NORMAL);
			pango_font_description_set_style(fd, it->italic ? PANGO_STYLE_ITALIC
			                                                : PANGO_STYLE_NORMAL);
			pango_font_description_set_size(fd, (int)(it->size * PANGO_SCALE + 0.5));
			pango_layout_set_font_description(layout, fd);
			pango_layout_set_text(layout, it->text, -1);
			cairo_move_to(cr, it->v[0], it->v[1]);
			rgb(cr, it->fill, 1);
			pango_cairo_show_layout(cr, layout);
			cairo_new_path(cr);
			g_object_unref(layout);
			break;
		}
		case FLOOR_LINE:
			cairo_move_to(cr, it->v[0], it->v[1]);
			cairo_line_to(cr, it->v[2], it->v[3]);
			paint(cr, it);
			break;
		case FLOOR_RECT:
			cairo_rectangle(cr, it->v[0], it->v[1], it->v[2], it->v[3]);
			paint(cr, it);
			break;
		case FLOOR_CIRCLE:
			cairo_new_sub_path(cr);
			cairo_arc(cr, it->v[0], it->v[1], it->v[2], 0, 2 * G_PI);
			cairo_close_path(cr);
			paint(cr, it);
			break;
		case FLOOR_PATH:
			for (int k = 0; k < it->npoints; k++)
				(k ? cairo_line_to : cairo_move_to)(cr, it->points[2 * k],
				                                    it->points[2 * k + 1]);
			if (it->closed)
				cairo_close_path(cr);
			paint(cr, it);
			break;
		}
	}
	pango_font_description_free(fd);
}

static cairo_status_t append(void *closure, const unsigned char *data, unsigned int len)
{
	g_byte_array_append(closure, data, len);
	return CAIRO_STATUS_SUCCESS;
}

int main(int argc, char **argv)
{
	if (argc < 3) {
		fprintf(stderr, "usage: floor IN.csv OUT.pdf|OUT.png|OUT.svg [DPI]\n");
		return 2;
	}
	Fields fields = {0};
	if (read_csv(argv[1], &fields) != 0) {
		fprintf(stderr, "floor: cannot read %s\n", argv[1]);
		return 1;
	}
	PangoContext *ctx = font_context();
	GByteArray *out = g_byte_array_new();
	gboolean png = g_str_has_suffix(argv[2], ".png");
	double scale = png ? (argc > 3 ? g_ascii_strtod(argv[3], NULL) : 300) / 72.0 : 1;
	cairo_surface_t *sf = png
		? cairo_image_surface_create(CAIRO_FORMAT_RGB24, (int)ceil(floor_width * scale),
		                             (int)ceil(floor_height * scale))
		: g_str_has_suffix(argv[2], ".svg")
		? cairo_svg_surface_create_for_stream(append, out, floor_width, floor_height)
		: cairo_pdf_surface_create_for_stream(append, out, floor_width, floor_height);
	cairo_t *cr = cairo_create(sf);
	if (png) {
		cairo_set_source_rgb(cr, 1, 1, 1);
		cairo_paint(cr);
		cairo_scale(cr, scale, scale);
	}
	draw(cr, ctx);
	cairo_destroy(cr);
	if (png)
		cairo_surface_write_to_png_stream(sf, append, out);
	cairo_surface_finish(sf);
	cairo_surface_destroy(sf);
	FILE *f = fopen(argv[2], "wb");
	int ok = f && fwrite(out->data, 1, out->len, f) == out->len;
	ok = f && fclose(f) == 0 && ok;
	g_byte_array_free(out, TRUE);
	g_object_unref(ctx);
	g_ptr_array_free(fields.all, TRUE);
	return ok ? 0 : 1;
}

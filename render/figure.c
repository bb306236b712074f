/* figure: the pipeline of one figure; see figure.h. */
#include "figure.h"
#include "diag.h"
#include "limit.h"
#include "output.h"
#include "page.h"
#include "table.h"

#include <string.h>

/* The texts given on the command line must be drawable with the fonts. */
static gboolean check_option_texts(const ChartOptions *co, TextMeasurer *tm, GError **err)
{
	const char *texts[][2] = {{"--title", co->title}, {"--subtitle", co->subtitle},
	                          {"--caption", co->caption}};
	for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
		if (texts[i][1] && !diag_glyphs(err, tm, texts[i][1], NULL, 0, 0, texts[i][0]))
			return FALSE;
	return TRUE;
}

/* Load, lay out, check: the chart's scene and alt text. The palette file,
 * if any, is read first: its errors name its cells. */
static gboolean lay_out(const CliRequest *req, TextMeasurer *tm, Chart *chart, GError **err)
{
	const ChartCommand *cmd = req->cmd;
	g_autoptr(Palette) palette = NULL;
	if (req->palette && !(palette = palette_load(req->palette, err)))
		return FALSE;
	ChartOptions co = req->co;
	co.palette = palette;
	if (!check_option_texts(&co, tm, err))
		return FALSE;
	gpointer model = cmd->load(&co, tm, err);
	if (!model)
		return FALSE;
	gboolean ok = cmd->layout(model, &co, tm, chart, err);
	cmd->free_model(model);
	/* An automatic height is held to the largest page as a given one is. */
	ok = ok && limit_page(chart->scene, table_name(co.input), err);
	if (ok && co.strict)
		ok = page_verify(chart->scene, table_name(co.input), cmd->strict_hint, err);
	return ok;
}

/* What the formats say about the figure: its title (--title, else the first
 * line of the alt text), its alt text and the language of its words. */
static void describe(Scene *s, const ChartOptions *co, const char *alt)
{
	if (!s->title && co->title && *co->title)
		s->title = g_strdup(co->title);
	if (!s->title && alt && *alt)
		s->title = g_strndup(alt, strcspn(alt, "\n"));
	s->desc = g_strdup(alt);
	s->lang = lang_code(co->lang);
}

static GBytes *take_string(char *s)
{
	return g_bytes_new_take(s, strlen(s));
}

/* Each output's file, drawn once a format: a second output in a format
 * already drawn shares its bytes. */
static gboolean draw_outputs(const CliRequest *req, Fonts *fonts, const Scene *scene,
                             FigureOutputs *out, GError **err)
{
	out->nfigures = req->noutputs;
	out->figures = g_new0(GBytes *, MAX(req->noutputs, 1));
	for (int i = 0; i < req->noutputs; i++) {
		const Backend *format = req->outputs[i].format;
		for (int j = 0; j < i && !out->figures[i]; j++)
			if (req->outputs[j].format == format)
				out->figures[i] = g_bytes_ref(out->figures[j]);
		if (out->figures[i])
			continue;
		GByteArray *bytes = g_byte_array_new();
		gboolean ok = backend_render(format, scene, fonts, &req->backend, bytes, err);
		out->figures[i] = g_byte_array_free_to_bytes(bytes);
		if (!ok)
			return FALSE;
	}
	return TRUE;
}

gboolean figure_make(const CliRequest *req, Fonts *fonts, FigureOutputs *out,
                     GError **err)
{
	*out = (FigureOutputs){0};
	Chart chart = {0};
	gboolean ok = lay_out(req, fonts_measurer(fonts), &chart, err);
	/* A PNG's pixels are known before it is drawn. */
	for (int i = 0; ok && i < req->noutputs; i++)
		if (req->outputs[i].format == backend_for_name("png"))
			ok = limit_png(chart.scene->width, chart.scene->height, req->backend.dpi,
			               err);
	if (ok) {
		describe(chart.scene, &req->co, chart.alt);
		ok = draw_outputs(req, fonts, chart.scene, out, err);
	}
	if (ok && req->scene)
		out->scene = take_string(scene_to_json(chart.scene, fonts_measurer(fonts)));
	if (ok && req->alt)
		out->alt = take_string(chart.alt ? g_strdup(chart.alt) : g_strdup(""));
	if (ok)
		out->alt_text = g_strdup(chart.alt ? chart.alt : "");
	scene_free(chart.scene);
	g_free(chart.alt);
	if (!ok)
		figure_clear(out);
	return ok;
}

char *figure_describe(const CliRequest *req, Fonts *fonts, GError **err)
{
	Chart chart = {0};
	gboolean ok = lay_out(req, fonts_measurer(fonts), &chart, err);
	scene_free(chart.scene);
	if (!ok) {
		g_free(chart.alt);
		return NULL;
	}
	return chart.alt ? chart.alt : g_strdup("");
}

void figure_clear(FigureOutputs *out)
{
	for (int i = 0; i < out->nfigures; i++)
		g_clear_pointer(&out->figures[i], g_bytes_unref);
	g_clear_pointer(&out->figures, g_free);
	out->nfigures = 0;
	g_clear_pointer(&out->scene, g_bytes_unref);
	g_clear_pointer(&out->alt, g_bytes_unref);
	g_clear_pointer(&out->alt_text, g_free);
}

/* One file of the run, or nothing when path is NULL. */
static void add_file(OutputFile *files, int *n, const char *path, GBytes *data)
{
	if (!path)
		return;
	gsize len = 0;
	const void *bytes = data ? g_bytes_get_data(data, &len) : NULL;
	files[(*n)++] = (OutputFile){path, bytes, len};
}

gboolean figure_write(const CliRequest *req, const FigureOutputs *out, GError **err)
{
	OutputFile *files = g_new0(OutputFile, req->noutputs + 2);
	int n = 0;
	for (int i = 0; i < req->noutputs; i++)
		add_file(files, &n, req->outputs[i].path, out->figures[i]);
	add_file(files, &n, req->scene, out->scene);
	add_file(files, &n, req->alt, out->alt);
	gboolean ok = output_write_all(files, n, err);
	g_free(files);
	return ok;
}

/* cli: the command line of render; see cli.h. */
#include "cli.h"
#include "diag.h"

#include <cairo.h>
#include <csv.h>
#include <errno.h>
#include <fontconfig/fontconfig.h>
#include <glib/gstdio.h>
#include <pango/pango.h>
#include <png.h>
#include <stdio.h>
#include <string.h>
#include <zlib.h>

#define RENDER_VERSION "0.1.0"
#define MM (72.0 / 25.4)
#define DEFAULT_WIDTH (160 * MM)   /* the text column of an A4 page */

static const ChartCommand *const commands[] = {&timeline_command, &seats_command};

static const char exit_codes[] =
	"Exit status: 0 success; 1 the input data is wrong (the message starts with\n"
	"file:line:column); 2 the command line is wrong; 3 a file could not be\n"
	"read or written, or the bundled fonts are missing. On any error no output\n"
	"file is created or changed.";

/* The options every command shares, parsed into req's own storage. */
static GOptionEntry *common_entries(CliRequest *req)
{
	const GOptionEntry entries[] = {
		{"output", 'o', 0, G_OPTION_ARG_FILENAME, &req->s_output,
		 "Write the figure to FILE; .pdf, .png or .svg picks the format", "FILE"},
		{"scene", 0, 0, G_OPTION_ARG_FILENAME, &req->s_scene,
		 "Also write the laid-out scene (geometry in points) as JSON", "FILE"},
		{"alt", 0, 0, G_OPTION_ARG_FILENAME, &req->s_alt,
		 "Also write a plain-text description of the figure (alt text)", "FILE"},
		{"title", 0, 0, G_OPTION_ARG_FILENAME, &req->s_title, "Title above the chart", "TEXT"},
		{"subtitle", 0, 0, G_OPTION_ARG_FILENAME, &req->s_subtitle,
		 "Subtitle under the title", "TEXT"},
		{"caption", 0, 0, G_OPTION_ARG_FILENAME, &req->s_caption,
		 "Caption under the chart", "TEXT"},
		{"size", 0, 0, G_OPTION_ARG_STRING, &req->s_size,
		 "Page size, e.g. 160x100mm, 6.3x4in, 450x300pt; a width alone (160mm) "
		 "lets the height follow the content (default: 160mm wide)", "WxH"},
		{"dpi", 0, 0, G_OPTION_ARG_DOUBLE, &req->dpi, "PNG resolution (default 300)", "N"},
		{"png-compress", 0, 0, G_OPTION_ARG_STRING, &req->s_png_compress,
		 "PNG compression: fast (default; a few times quicker, the file a little "
		 "larger) or small (as small as cairo's own writer makes it)", "fast|small"},
		{"lang", 0, 0, G_OPTION_ARG_STRING, &req->s_lang,
		 "Language of dates and fixed words: en, ru or kk (default en)", "LANG"},
		{"strict", 0, 0, G_OPTION_ARG_NONE, &req->strict,
		 "Fail instead of leaving a label out, overlapping or substituting", NULL},
		{"fonts", 0, G_OPTION_FLAG_HIDDEN, G_OPTION_ARG_FILENAME, &req->s_fonts,
		 "Folder of the bundled fonts", "DIR"},
		{G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &req->s_inputs, NULL,
		 "IN.csv"},
		{NULL, 0, 0, 0, NULL, NULL, NULL},
	};
	return g_memdup2(entries, sizeof entries);
}

static void usage(FILE *to)
{
	fprintf(to, "usage: render COMMAND IN.csv -o OUT.pdf|OUT.png|OUT.svg [options]\n\ncommands:\n");
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		fprintf(to, "  %-10s %s\n", commands[i]->name, commands[i]->summary);
	fprintf(to, "\n'render COMMAND --help' lists a command's options; "
	        "'render --version' the library versions.\n");
}

static void version(void)
{
	printf("render %s\ncairo %s, pango %s, fontconfig %d.%d.%d, libcsv %d.%d.%d, glib %u.%u.%u, "
	       "libpng %s, zlib %s\n",
	       RENDER_VERSION, cairo_version_string(), pango_version_string(),
	       FcGetVersion() / 10000, FcGetVersion() / 100 % 100, FcGetVersion() % 100,
	       CSV_MAJOR, CSV_MINOR, CSV_RELEASE, glib_major_version,
	       glib_minor_version, glib_micro_version, png_get_libpng_ver(NULL), zlibVersion());
}

/* "160x100mm", "160mmx100mm", "6.3in", "450x300pt": points, or FALSE. */
static gboolean parse_length(const char *s, const char *unit, double *pt)
{
	char *end;
	double v = g_ascii_strtod(s, &end);
	if (end == s || v <= 0 || v > 1e5)
		return FALSE;
	if (*end)
		unit = end;
	if (!unit)
		return FALSE;
	if (strcmp(unit, "mm") == 0)
		*pt = v * MM;
	else if (strcmp(unit, "cm") == 0)
		*pt = v * 10 * MM;
	else if (strcmp(unit, "in") == 0)
		*pt = v * 72;
	else if (strcmp(unit, "pt") == 0)
		*pt = v;
	else
		return FALSE;
	return TRUE;
}

static gboolean parse_size(const char *s, double *w, double *h, GError **err)
{
	char **parts = g_strsplit(s, "x", 3);
	guint n = g_strv_length(parts);
	gboolean ok = n == 1 || n == 2;
	const char *unit = NULL;
	if (ok) {
		/* The unit written after the height also applies to the width. */
		const char *last = parts[n - 1];
		const char *u = last + strspn(last, "0123456789.");
		unit = *u ? u : NULL;
		ok = parse_length(parts[0], unit, w) &&
		     (n == 1 ? (*h = 0, TRUE) : parse_length(parts[1], unit, h));
	}
	g_strfreev(parts);
	if (ok && (*w < 36 || (*h != 0 && *h < 36)))
		return diag_fail(err, DIAG_USAGE, "--size %s: a page must be at least "
		                 "36pt (0.5in) a side", s);
	/* 200 in is the largest page PDF readers accept. */
	if (ok && (*w > 14400 || *h > 14400))
		return diag_fail(err, DIAG_USAGE, "--size %s: a page can be at most "
		                 "200in (5080mm) a side", s);
	if (!ok)
		return diag_fail(err, DIAG_USAGE, "--size %s: expected WIDTHxHEIGHT with "
		                 "a unit, e.g. 160x100mm, 6.3x4in or 450x300pt, or a width "
		                 "alone such as 160mm", s);
	return TRUE;
}

/* SOURCE_DATE_EPOCH as the PDF creation date (ISO 8601), NULL when unset. */
static gboolean creation_date(char **out, GError **err)
{
	*out = NULL;
	const char *env = g_getenv("SOURCE_DATE_EPOCH");
	if (!env)
		return TRUE;
	char *end;
	errno = 0;
	guint64 v = g_ascii_strtoull(env, &end, 10);
	if (!*env || *end || errno || v > 253402300799ull)
		return diag_fail(err, DIAG_USAGE, "SOURCE_DATE_EPOCH \"%s\": expected "
		                 "a whole number of seconds since 1970-01-01", env);
	GDateTime *dt = g_date_time_new_from_unix_utc((gint64)v);
	*out = g_date_time_format(dt, "%Y-%m-%dT%H:%M:%SZ");
	g_date_time_unref(dt);
	return TRUE;
}

/* Whether two paths name one file: the same inode if both exist, else the
 * same absolute path. */
static gboolean same_file(const char *a, const char *b)
{
	GStatBuf sa, sb;
	if (g_stat(a, &sa) == 0 && g_stat(b, &sb) == 0)
		return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
	char *ca = g_canonicalize_filename(a, NULL), *cb = g_canonicalize_filename(b, NULL);
	gboolean same = strcmp(ca, cb) == 0;
	g_free(ca);
	g_free(cb);
	return same;
}

/* No output may overwrite the input or another output of the same run. */
static gboolean check_paths(const CliRequest *req, GError **err)
{
	const char *paths[][2] = {{"the input", req->co.input}, {"-o", req->output},
	                          {"--scene", req->scene}, {"--alt", req->alt}};
	for (size_t i = 1; i < G_N_ELEMENTS(paths); i++)
		for (size_t j = 0; j < i; j++)
			if (paths[i][1] && paths[j][1] && same_file(paths[i][1], paths[j][1]))
				return diag_fail(err, DIAG_USAGE, "%s %s is the same file as %s; "
				                 "give each output its own name", paths[i][0],
				                 paths[i][1], paths[j][0]);
	return TRUE;
}

/* An option's text: UTF-8, and text: tabs and line breaks (a new line of
 * a title) are the only control characters it may hold, as in a CSV field. */
static gboolean check_text(const char *option, const char *text, GError **err)
{
	if (!g_utf8_validate(text, -1, NULL))
		return diag_fail(err, DIAG_USAGE, "%s: the text is not UTF-8", option);
	long at = 1;
	for (const char *p = text; *p; p = g_utf8_next_char(p), at++) {
		gunichar c = g_utf8_get_char(p);
		if ((c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7f && c <= 0x9f))
			return diag_fail(err, DIAG_USAGE, "%s: control character U+%04X at "
			                 "character %ld: a text may hold tabs and line breaks, "
			                 "but no other control characters", option, c, at);
	}
	return TRUE;
}

static gboolean png_compress(const char *name, BackendPngCompress *out, GError **err)
{
	*out = BACKEND_PNG_FAST;
	if (!name || !strcmp(name, "fast"))
		return TRUE;
	if (!strcmp(name, "small")) {
		*out = BACKEND_PNG_SMALL;
		return TRUE;
	}
	return diag_fail(err, DIAG_USAGE, "--png-compress %s: expected fast or small", name);
}

/* The parsed options checked and turned into the request's fields. */
static gboolean check_request(CliRequest *req, GError **err)
{
	if (!req->s_output)
		return diag_fail(err, DIAG_USAGE, "no output file: add -o OUT.pdf, "
		                 "OUT.png or OUT.svg");
	guint ninputs = req->s_inputs ? g_strv_length(req->s_inputs) : 0;
	if (ninputs == 0)
		return diag_fail(err, DIAG_USAGE, "no input file: give the CSV to draw");
	if (ninputs > 1)
		return diag_fail(err, DIAG_USAGE, "%u input files: give exactly one CSV "
		                 "(one figure per run)", ninputs);
	req->output = req->s_output;
	req->scene = req->s_scene;
	req->alt = req->s_alt;
	req->fonts_dir = req->s_fonts;
	req->co = (ChartOptions){
		.input = req->s_inputs[0], .title = req->s_title, .subtitle = req->s_subtitle,
		.caption = req->s_caption, .width = DEFAULT_WIDTH, .height = 0,
		.lang = LANG_EN, .strict = req->strict,
	};
	if (!check_paths(req, err))
		return FALSE;
	if (!backend_for_path(req->output))
		return diag_fail(err, DIAG_USAGE, "-o %s: unknown format; the file name "
		                 "must end in %s", req->output, backend_names());
	/* Text options are taken as raw bytes (no locale conversion), so they
	 * must be UTF-8 whatever the locale says. */
	const char *texts[][2] = {{"--title", req->co.title}, {"--subtitle", req->co.subtitle},
	                          {"--caption", req->co.caption}};
	for (size_t i = 0; i < G_N_ELEMENTS(texts); i++)
		if (texts[i][1] && !check_text(texts[i][0], texts[i][1], err))
			return FALSE;
	if (req->s_lang && !lang_parse(req->s_lang, &req->co.lang))
		return diag_fail(err, DIAG_USAGE, "--lang %s: expected en, ru or kk",
		                 req->s_lang);
	if (req->s_size && !parse_size(req->s_size, &req->co.width, &req->co.height, err))
		return FALSE;
	if (!(req->dpi >= 10 && req->dpi <= 2400))
		return diag_fail(err, DIAG_USAGE, "--dpi %g: expected 10 to 2400", req->dpi);
	if (!creation_date(&req->s_create_date, err))
		return FALSE;
	req->backend = (BackendSettings){.dpi = req->dpi, .create_date = req->s_create_date};
	return png_compress(req->s_png_compress, &req->backend.png_compress, err);
}

int cli_report(const CliRequest *req, const GError *err)
{
	int status = err->domain == DIAG_ERROR ? err->code : DIAG_IO;
	if (status == DIAG_USAGE && req->cmd)
		fprintf(stderr, "render %s: %s; see 'render %s --help'\n", req->cmd->name,
		        err->message, req->cmd->name);
	else
		fprintf(stderr, "%s\n", err->message);
	return status;
}

static const ChartCommand *find_command(const char *name)
{
	for (size_t i = 0; i < G_N_ELEMENTS(commands); i++)
		if (!strcmp(name, commands[i]->name))
			return commands[i];
	return NULL;
}

/* Parses the command's options (argv[2] on); FALSE with *err (DIAG_USAGE). */
static gboolean parse_options(int argc, char **argv, CliRequest *req, GError **err)
{
	const ChartCommand *cmd = req->cmd;
	/* Usage reads "render timeline [OPTION…] IN.csv -o OUT.pdf|…". */
	char *prg = g_strdup_printf("render %s", cmd->name);
	g_set_prgname(prg);
	g_free(prg);
	GOptionContext *ctx = g_option_context_new("-o OUT.pdf|OUT.png|OUT.svg");
	g_option_context_set_summary(ctx, cmd->summary);
	char *desc = g_strdup_printf("%s\n\n%s", cmd->description, exit_codes);
	g_option_context_set_description(ctx, desc);
	g_free(desc);
	/* One list, so --help shows the chart's own options too. */
	if (cmd->entries)
		g_option_context_add_main_entries(ctx, cmd->entries, NULL);
	GOptionEntry *common = common_entries(req);
	g_option_context_add_main_entries(ctx, common, NULL);
	/* argv[0] "render", argv[1] the command: parse the rest. */
	int sub_argc = argc - 1;
	char **sub_argv = g_new0(char *, (gsize)argc + 1);
	sub_argv[0] = argv[0];
	for (int i = 2; i < argc; i++)
		sub_argv[i - 1] = argv[i];
	char **parse_argv = sub_argv;
	GError *e = NULL;
	gboolean ok = g_option_context_parse(ctx, &sub_argc, &parse_argv, &e);
	if (!ok)
		diag_fail(err, DIAG_USAGE, "%s", e->message);
	g_clear_error(&e);
	g_free(sub_argv);
	g_free(common);
	g_option_context_free(ctx);
	return ok;
}

int cli_parse(int argc, char **argv, CliRequest *req)
{
	*req = (CliRequest){.dpi = 300};
	if (argc < 2) {
		usage(stderr);
		return DIAG_USAGE;
	}
	if (!strcmp(argv[1], "--version") || !strcmp(argv[1], "version")) {
		version();
		return 0;
	}
	if (!strcmp(argv[1], "--help") || !strcmp(argv[1], "-h") || !strcmp(argv[1], "help")) {
		usage(stdout);
		return 0;
	}
	req->cmd = find_command(argv[1]);
	if (!req->cmd) {
		char *name = diag_escape(argv[1]);
		fprintf(stderr, "render: unknown command \"%s\"\n", name);
		g_free(name);
		usage(stderr);
		return DIAG_USAGE;
	}
	GError *err = NULL;
	int status = -1;
	if (!parse_options(argc, argv, req, &err) || !check_request(req, &err))
		status = cli_report(req, err);
	g_clear_error(&err);
	return status;
}

void cli_clear(CliRequest *req)
{
	g_strfreev(req->s_inputs);
	g_free(req->s_output), g_free(req->s_scene), g_free(req->s_alt), g_free(req->s_title);
	g_free(req->s_subtitle), g_free(req->s_caption), g_free(req->s_size);
	g_free(req->s_lang), g_free(req->s_fonts), g_free(req->s_png_compress);
	g_free(req->s_create_date);
	*req = (CliRequest){0};
}

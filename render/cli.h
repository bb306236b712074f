/* cli: the command line as a request: which chart, its shared options, the
 * outputs and how to encode them, parsed with GOptionContext and checked.
 * "-" as the input is standard input; as an output, standard output. */
#ifndef RENDER_CLI_H
#define RENDER_CLI_H

#include <glib.h>
#include "backend.h"
#include "chart.h"

typedef struct CliRequest {
	const ChartCommand *cmd;     /* static */
	ChartOptions co;             /* its strings point into the request */
	const char *output;          /* the figure's path, "-" for standard output */
	const Backend *format;       /* the figure's: -T/--format, else -o's extension */
	const char *scene;           /* --scene, or NULL */
	const char *alt;             /* --alt, or NULL */
	const char *fonts_dir;       /* --fonts, or NULL: found beside the program */
	const char *palette;         /* --palette, or NULL: read by figure */
	BackendSettings backend;     /* dpi, PNG compression, PDF creation date */
	/* Owned storage the options are parsed into; cli_clear frees it. */
	char *s_output, *s_scene, *s_alt, *s_title, *s_subtitle, *s_caption, *s_size,
	     *s_lang, *s_fonts, *s_png_compress, *s_create_date, *s_format, *s_palette;
	char **s_inputs;
	double dpi;
	gboolean strict, svg_text, help, version;
} CliRequest;

/* Parses argv (argv[1] the command) into req and checks every option. Help,
 * version and errors are printed here. Returns -1 when the request is ready
 * to run, else the exit status to return (0 after --help or --version). The
 * caller frees req with cli_clear in either case. */
int cli_parse(int argc, char **argv, CliRequest *req);
void cli_clear(CliRequest *req);

/* Prints err as the command line reports errors (usage errors name the
 * command and its --help) and returns the exit status it stands for. */
int cli_report(const CliRequest *req, const GError *err);

#endif

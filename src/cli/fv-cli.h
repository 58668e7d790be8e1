/* fv-cli.h — what the command line does without a window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

void fv_cli_begin       (void);
int  fv_cli_finish      (int                 status);
void fv_cli_write_utf8  (const char         *text);

int fv_cli_validate     (const char * const *args);
int fv_cli_validate_json (const char * const *args);
int fv_cli_list_charts  (const char * const *args);
/* What --export-chart and --export-sheet were given. */
typedef struct
{
  const char *chart_id;
  const char *output;       /* a path, or "-" for standard output */
  const char *format;       /* png, svg, pdf or csv; NULL: from the output's extension */
  int         width, height, scale;
  gboolean    width_fixed;  /* --width given; else 1200, or as wide as the text on paper */
  gboolean    height_fixed; /* --height given; else a chart grows taller for its texts */
  const char *from, *to;    /* ISO dates, or NULL */
  gboolean    linear_axis;
  const char *language;     /* the content language; NULL: the locale's */
  const char *paper;        /* a4 or letter; NULL: the locale's */
  const char * const *source_texts; /* --source-text's ID=FILE, for the sheet; or NULL */
} FvCliExport;

int fv_cli_export_chart (const char * const *args,
                         const FvCliExport  *options);
int fv_cli_export_sheet (const char * const *args,
                         const FvCliExport  *options);
gboolean fv_cli_split_source_text (const char  *given,
                                   char       **id,
                                   const char **file);

int fv_cli_check_quotes (const char * const *args,
                         const char * const *source_texts,
                         gboolean            json);

G_END_DECLS

/* fv-quote-report.h — --check-quotes --json's report
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-quote-check.h"

G_BEGIN_DECLS

typedef struct _FvQuoteReport FvQuoteReport;

FvQuoteReport *fv_quote_report_new    (const char     *model_name);
void           fv_quote_report_add    (FvQuoteReport  *report,
                                       const FvSource *source,
                                       const char     *file,
                                       FvSourceText   *text,
                                       GPtrArray      *checks);
char          *fv_quote_report_finish (FvQuoteReport  *report,
                                       gboolean        verbatim);

const char    *fv_quote_status_name   (FvQuoteStatus   status);

G_END_DECLS

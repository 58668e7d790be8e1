/* fv-validation.h — --validate --json's report: files' problems as JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "fv-model.h"

G_BEGIN_DECLS

typedef struct _FvValidationReport FvValidationReport;

FvValidationReport *fv_validation_report_new    (gboolean            several);
void                fv_validation_report_add    (FvValidationReport *report,
                                                 const char         *name,
                                                 FvModel            *model,
                                                 GPtrArray          *problems,
                                                 GBytes             *bytes);
char               *fv_validation_report_finish (FvValidationReport *report);

G_END_DECLS

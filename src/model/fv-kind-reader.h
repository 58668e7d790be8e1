/* fv-kind-reader.h — each kind of fact read from json-glib's tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * fv-model-reader.c calls these in the order in which the kinds refer to
 * each other; each reads one element of its kind's array (an FvReadFunc)
 * into the model's array, which fv_reader_register_ids() has laid out.
 */
#pragma once

#include "fv-json-reader.h"

G_BEGIN_DECLS

/* fv-source-reader.c */
void fv_read_source    (FvReader   *r,
                        JsonObject *object,
                        guint       index);
void fv_read_actor     (FvReader   *r,
                        JsonObject *object,
                        guint       index);
/* fv-event-reader.c */
void fv_read_event     (FvReader   *r,
                        JsonObject *object,
                        guint       index);
void fv_check_after    (FvReader   *r);
void fv_check_order    (FvReader   *r);
/* fv-statement-reader.c */
void fv_read_statement (FvReader   *r,
                        JsonObject *object,
                        guint       index);
/* fv-figure-reader.c */
void fv_read_figure    (FvReader   *r,
                        JsonObject *object,
                        guint       index);
/* fv-case-reader.c */
void fv_read_case      (FvReader   *r,
                        JsonObject *object,
                        guint       index);
/* fv-chart-reader.c: the tabs before the charts, which say on which tab
 * they go. */
void fv_read_tabs      (FvReader   *r,
                        JsonObject *root);
void fv_read_chart     (FvReader   *r,
                        JsonObject *object,
                        guint       index);

G_END_DECLS

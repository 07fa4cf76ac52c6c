/**
 * Generated datasets for scale runs: {@code phakee generate --nodes N [--seed S] DIR} writes a bundle shaped like the
 * seed documents (the real places, national plans and agencies; every tambon's council and communities; ten
 * fiscal years of plans, projects, activities, budgets, indicators and results), deterministic by its seed and
 * valid for the importer. See docs/scale.md.
 */
package th.phakee.generator;

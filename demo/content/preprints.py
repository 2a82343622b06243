"""bioRxiv and medRxiv `details` API records for the demo corpus.

The details API has no keyword search: a date window returns every preprint
posted in it, so most records here are irrelevant to IsletWatch and the
relevance filter must drop them (which is also why bioRxiv needs two pages).
Two preprints are also in Europe PMC (same DOI).
"""
from __future__ import annotations

from typing import Any

from . import europepmc as E


def _epmc_abstract(doi: str, extra: str = "") -> str:
    """The Europe PMC abstract as the details API gives it: headers run into the text (JATS conversion)."""
    rec = next(r for r in E.RECORDS if r.get("doi") == doi)
    return rec["abstract"].replace("<h4>", "\n").replace("</h4>", "").strip() + extra


# medRxiv's conversion leftovers: a "Research in context" panel with subheadings and a list
RESEARCH_IN_CONTEXT = (
    "\nResearch in contextO_ST_ABSEvidence before this studyC_ST_ABSSmall open-label studies of mesenchymal stromal "
    "cells in adults suggested slower loss of C-peptide.\nO_ST_ABSAdded value of this studyC_ST_ABSO_LIA placebo "
    "group of children.\nC_LIO_LITwo infusions three months apart.\nC_LI")


def details_record(r: dict[str, Any]) -> dict[str, Any]:
    server = r["server"]
    y, m, d = r["date"].split("-")
    jats_host = "www.biorxiv.org" if server == "biorxiv" else "www.medrxiv.org"
    suffix = r["doi"].split("/", 1)[1]
    return {
        "title": r["title"],
        "authors": "; ".join(r["authors"]),
        "author_corresponding": r["corresponding"],
        "author_corresponding_institution": r["institution"],
        "doi": r["doi"],
        "date": r["date"],
        "version": str(r.get("version", 1)),
        "type": r.get("type", "new results" if server == "biorxiv" else "PUBLISHAHEADOFPRINT"),
        "license": r.get("license", "cc_by_nc_nd"),
        "category": r["category"],
        "jatsxml": f"https://{jats_host}/content/early/{y}/{m}/{d}/{suffix}.source.xml",
        "abstract": r["abstract"],
        "funder": "NA",
        "published": r.get("published", "NA"),
        "server": "bioRxiv" if server == "biorxiv" else "medRxiv",
    }


def rec(server: str, doi: str, date: str, title: str, authors: list[str], corresponding: str, institution: str,
        category: str, abstract: str, story: str, relevant: bool, **kw: Any) -> dict[str, Any]:
    return dict(server=server, doi=doi, date=date, title=title, authors=authors, corresponding=corresponding,
                institution=institution, category=category, abstract=abstract, story=story, relevant=relevant, **kw)


RELEVANT = [
    rec("biorxiv", "10.1101/2022.08.15.503985", "2022-08-17",
        "Hypoimmune induced pluripotent stem cell-derived islets evade allogeneic and autoimmune rejection in "
        "humanized mice",
        ["Hu, X.", "Gattis, C.", "Olroyd, A. G.", "Schrepfer, S."], "Sonja Schrepfer", "Sana Biotechnology",
        "bioengineering",
        "Stem cell-derived islets for type 1 diabetes face two immune barriers: allogeneic rejection and the "
        "recurrent autoimmunity that destroyed the patient's own beta cells. We generated islets from induced "
        "pluripotent stem cells lacking HLA class I and II and overexpressing CD47. In diabetic humanized mice "
        "reconstituted with immune cells from donors with type 1 diabetes, the edited islets survived, corrected "
        "hyperglycaemia for 12 weeks and were not attacked by autoreactive T cells, whereas unedited islets were "
        "rejected within three weeks. These data support clinical testing of hypoimmune islet cells without "
        "immunosuppression.", "sana", True, license="cc_by_nc"),
    rec("biorxiv", "10.1101/2023.05.22.541790", "2023-05-24",
        "Single-cell profiling of explanted stem cell-derived pancreatic endoderm grafts from people with type 1 "
        "diabetes",
        ["Ward-Hartstonge, K. A.", "Ramzy, A.", "Kieffer, T. J."], "Timothy J. Kieffer",
        "University of British Columbia", "cell biology",
        "Implants of embryonic stem cell-derived pancreatic endoderm in vascularizing devices were removed from "
        "participants with type 1 diabetes between 3 and 24 months after implantation. Single-cell RNA sequencing "
        "of 41,000 cells from 11 explants showed maturation over time: the share of beta-like cells expressing "
        "MAFA rose from under 5% at 3 months to 28% at 24 months, while off-target ductal and mesenchymal cells "
        "persisted. Grafts from the three participants with meaningful C-peptide contained the most mature beta "
        "cells. Improving the purity of the implanted cells may increase insulin output.", "viacyte", True),
    rec("biorxiv", "10.1101/2023.10.09.561455", "2023-10-11",
        "Expandable endoderm stem cells enable GMP manufacture of autologous islet tissue for transplantation",
        ["Li, T.", "Guo, M.", "Cheng, X."], "Xin Cheng",
        "Shanghai Institute of Biochemistry and Cell Biology, Chinese Academy of Sciences", "bioengineering",
        "Autologous islet replacement requires manufacturing from each patient's cells within weeks. We describe "
        "a process in which induced pluripotent stem cells from peripheral blood are converted into endoderm stem "
        "cells that self-renew for more than 20 passages, and then differentiated into islet tissue (E-islets) "
        "under good manufacturing practice. E-islets contained 45-60% insulin-positive cells, secreted insulin in "
        "response to glucose and reversed diabetes in mice within two weeks. The process was used for a first "
        "patient with type 2 diabetes.", "shanghai", True),
    rec("biorxiv", "10.1101/2024.03.11.584512", "2024-03-14",
        "Two-year function of chemically induced pluripotent stem cell-derived islets beneath the abdominal "
        "anterior rectus sheath in diabetic macaques",
        ["Meng, G.", "Liang, Z.", "Du, Y.", "Deng, H."], "Hongkui Deng", "Peking University", "bioengineering",
        _epmc_abstract("10.1101/2024.03.11.584512"), "tianjin", True, also_in=["europepmc"]),
    rec("biorxiv", "10.1101/2025.02.17.638412", "2025-02-19",
        "PET imaging of intramuscular hypoimmune islet grafts with a GLP-1 receptor tracer",
        ["Eriksson, O.", "Ingvast, S.", "Carlsson, P.-O."], "Olof Eriksson", "Uppsala University",
        "bioengineering",
        "Survival of islets implanted in muscle is hard to follow. We used a radiolabelled exendin tracer that "
        "binds the GLP-1 receptor on beta cells to image human islet grafts in the forearm muscle. In a man with "
        "type 1 diabetes who received gene-edited hypoimmune donor islet cells without immunosuppression, tracer "
        "uptake at the implant site was stable between week 4 and week 12, consistent with surviving beta cells "
        "and with his meal-stimulated C-peptide. The method allows serial, non-invasive monitoring of "
        "extra-hepatic islet grafts.", "sana", True),
    rec("medrxiv", "10.1101/2022.03.29.22273118", "2022-03-31",
        "Autologous haematopoietic stem cell transplantation in newly diagnosed type 1 diabetes: ten-year follow-up "
        "of a Brazilian cohort",
        ["Malmegrim, K. C. R.", "Couri, C. E. B.", "Oliveira, M. C."], "Maria Carolina Oliveira",
        "Ribeirao Preto Medical School, University of Sao Paulo", "endocrinology",
        "Between 2003 and 2008, 25 patients aged 13-31 years with type 1 diabetes diagnosed within 6 weeks received "
        "immunoablation with cyclophosphamide and anti-thymocyte globulin followed by autologous haematopoietic "
        "stem cell transplantation in Ribeirao Preto. We report ten-year outcomes. Twenty-one of the 25 patients "
        "became insulin free after transplantation, for a median of 43 months; 3 remained insulin free at ten "
        "years. C-peptide remained above baseline in most patients for at least five years. Late adverse events "
        "included hypothyroidism in 4 patients and hypogonadism in 2. No deaths occurred.", "msc", True),
    rec("medrxiv", "10.1101/2023.09.04.23294987", "2023-09-06",
        "Continuous glucose monitoring after islet transplantation: time in range in 64 recipients over five years",
        ["Brandt-Hansen, E.", "Lindqvist, M."], "Eva Brandt-Hansen", "Karolinska University Hospital",
        "endocrinology",
        "We pooled continuous glucose monitoring data from 64 adults with type 1 diabetes who received "
        "deceased-donor islet transplants at three Nordic centres. Median time in range (3.9-10 mmol/L) rose from "
        "51% before transplantation to 86% at one year and was 79% at five years. Time below range fell from 9% to "
        "under 1% and stayed low even in recipients who had resumed insulin. 37 of 64 (58%) were insulin "
        "independent at one year. Islet transplantation has durable effects on glycaemic variability.",
        "lantidra", True),
    rec("medrxiv", "10.1101/2024.06.18.24309102", "2024-06-20",
        "Repeated Wharton's jelly mesenchymal stromal cell infusions in children with new-onset type 1 diabetes: a "
        "randomised, placebo-controlled trial",
        ["Solberg, I.", "Ahlqvist, J.", "Haugen, M."], "Ingrid Solberg", "Karolinska Institutet", "endocrinology",
        _epmc_abstract("10.1101/2024.06.18.24309102", RESEARCH_IN_CONTEXT), "msc", True, also_in=["europepmc"]),
    rec("medrxiv", "10.1101/2025.03.03.25323144", "2025-03-05",
        "Search interest in 'diabetes cure' after news of stem cell-derived islet transplants: an infodemiology "
        "study",
        ["Whitfield, E.", "Wei, D."], "Eleanor Whitfield", "University of Leeds", "health informatics",
        "We measured weekly search volumes for 'diabetes cure', 'stem cells diabetes' and related terms in six "
        "countries from 2021 to 2024. Searches rose 4.8-fold in the week after the Tianjin case of chemically "
        "induced stem cell-derived islets was published in September 2024 and 2.1-fold after the Shanghai type 2 "
        "diabetes case in May 2024, compared with 1.6-fold after the zimislecel conference results in June 2024. "
        "Searches for unproven 'stem cell clinics' rose in parallel. Coverage that called the cases a cure was "
        "associated with larger and longer spikes.", "media", True),
]

# (title, abstract, category, first author, corresponding, institution)
_BIORXIV_NOISE = [
    ("Intestinal stem cells in Drosophila switch division mode after enteric infection",
     "Using lineage tracing we show that Drosophila intestinal stem cells shift from asymmetric to symmetric "
     "divisions within 24 hours of infection with Erwinia, expanding the stem cell pool before returning to "
     "homeostasis.", "developmental biology", "Ortega, L.", "Lucia Ortega", "University of Cambridge"),
    ("Planarian neoblast subclasses defined by chromatin accessibility",
     "Single-cell ATAC sequencing of 18,000 neoblasts from Schmidtea mediterranea resolves twelve subclasses "
     "with distinct regulatory programmes and identifies the pluripotent clonogenic fraction.",
     "developmental biology", "Haas, M.", "Matthias Haas", "Max Planck Institute for Molecular Biomedicine"),
    ("A deep-learning model grades diabetic retinopathy from smartphone fundus photographs",
     "A convolutional network trained on 61,000 smartphone fundus images graded referable retinopathy with an "
     "area under the curve of 0.94 against specialist graders in a rural screening programme.",
     "bioinformatics", "Iyer, P.", "Priya Iyer", "Aravind Eye Care System"),
    ("Haematopoietic stem cell ageing is driven by inflammatory memory in the bone marrow niche",
     "Aged murine haematopoietic stem cells retain chromatin marks of past inflammatory episodes; transplanting "
     "them into young niches only partly restores balanced lineage output.", "cell biology", "Keller, J.",
     "Julia Keller", "University of Zurich"),
    ("Root hair elongation requires a calcium-dependent kinase cascade in Arabidopsis",
     "Mutants lacking two calcium-dependent protein kinases form short root hairs; phosphoproteomics identifies "
     "an NADPH oxidase as their common substrate.", "plant biology", "Nakamura, S.", "Shun Nakamura",
     "Nagoya University"),
    ("Cryo-EM structure of a bacterial sodium-coupled sugar transporter in two states",
     "We report structures of a bacterial sodium-glucose symporter in outward-open and occluded states at 2.9 "
     "and 3.1 angstrom, revealing the gating mechanism.", "biophysics", "Petrov, A.", "Alexei Petrov",
     "EMBL Hamburg"),
    ("Sleep fragmentation impairs hippocampal replay in mice",
     "Chronic sleep fragmentation reduced sharp-wave ripple-associated replay by 40% and impaired spatial memory "
     "consolidation.", "neuroscience", "Dubois, C.", "Claire Dubois", "Institut Pasteur"),
    ("Hair follicle stem cells relocate to the wound bed via a collective migration programme",
     "Intravital imaging shows hair follicle stem cells migrating in cohesive streams to re-epithelialise skin "
     "wounds, guided by a fibronectin gradient.", "cell biology", "Ahmed, R.", "Rana Ahmed",
     "Rockefeller University"),
    ("Gut microbiome shifts after metformin initiation in adults with newly diagnosed type 2 diabetes",
     "Stool metagenomes from 112 adults before and 12 weeks after starting metformin show enrichment of "
     "Escherichia and loss of butyrate producers, correlating with gastrointestinal side effects.",
     "microbiology", "Larsen, K.", "Kasper Larsen", "University of Copenhagen"),
    ("A CRISPR screen identifies regulators of neural crest migration in chick embryos",
     "In ovo CRISPR screening of 300 transcription factors identified four required for cranial neural crest "
     "migration.", "developmental biology", "Silva, T.", "Tiago Silva", "Instituto Gulbenkian de Ciencia"),
    ("Mesenchymal stem cells from adipose tissue promote tendon healing in a rat model",
     "Adipose-derived mesenchymal stem cells injected after Achilles tendon transection improved collagen "
     "alignment and tensile strength at six weeks.", "bioengineering", "Weber, F.", "Felix Weber",
     "Charite Berlin"),
    ("Coral heat tolerance is predicted by symbiont community composition",
     "Across 40 reefs, corals hosting Durusdinium symbionts bleached less during the 2023 heatwave.",
     "ecology", "Morgan, E.", "Emma Morgan", "James Cook University"),
    ("Long-read sequencing resolves structural variants in 1,000 rice genomes",
     "A pangenome built from long reads reveals 87,000 structural variants, many linked to grain size.",
     "genomics", "Zhao, Y.", "Yan Zhao", "Huazhong Agricultural University"),
    ("Neuronal activity regulates myelin sheath length through a calcium-dependent mechanism",
     "In zebrafish spinal cord, silencing individual axons shortened their myelin sheaths by 30%.",
     "neuroscience", "Grant, H.", "Helen Grant", "University of Edinburgh"),
    ("Limb regeneration in axolotl requires macrophage-derived TGF-beta",
     "Depleting macrophages before amputation blocked blastema formation; TGF-beta beads rescued regeneration.",
     "developmental biology", "Novak, P.", "Petra Novak", "Research Institute of Molecular Pathology"),
    ("Antibiotic tolerance in Pseudomonas biofilms depends on a stringent-response toxin",
     "Deleting a single toxin-antitoxin module reduced persister formation tenfold in biofilms.",
     "microbiology", "Costa, M.", "Marta Costa", "University of Geneva"),
    ("Mitochondrial fission marks the exit from naive pluripotency in human embryonic stem cells",
     "Live imaging of human embryonic stem cells shows DRP1-dependent mitochondrial fission within hours of "
     "leaving the naive state; blocking fission delays differentiation.", "cell biology", "Osei, K.",
     "Kwame Osei", "University of Oxford"),
    ("A wearable sweat sensor tracks cortisol during exercise",
     "A flexible aptamer-based sensor measured sweat cortisol continuously during exercise, agreeing with "
     "saliva measurements (r=0.87).", "bioengineering", "Kim, J.", "Jiwon Kim", "KAIST"),
    ("Spatial transcriptomics of the human placenta across gestation",
     "We profiled 24 placentas from 8 to 40 weeks, mapping trophoblast subtypes and their signalling partners.",
     "developmental biology", "Rossi, G.", "Giulia Rossi", "University of Padua"),
    ("Retinal organoids from induced pluripotent stem cells model a rare cone dystrophy",
     "Patient-derived retinal organoids reproduce cone photoreceptor loss; antisense oligonucleotides restore "
     "splicing of the mutant transcript.", "cell biology", "Brennan, L.", "Liam Brennan",
     "University College London"),
    ("Honeybee foraging decisions integrate floral scent and colour memories",
     "Free-flying bees weighted scent over colour when cues conflicted, a bias learnt within three visits.",
     "animal behavior and cognition", "Fischer, A.", "Anna Fischer", "University of Wurzburg"),
    ("Kidney organoid vascularisation on a microfluidic chip",
     "Flow on chip increased endothelial networks in human pluripotent stem cell-derived kidney organoids and "
     "matured glomerular structures.", "bioengineering", "Jansen, R.", "Roel Jansen", "Leiden University"),
    ("Heart regeneration in zebrafish depends on epicardial retinoic acid",
     "Genetic ablation of epicardial retinoic acid synthesis impaired cardiomyocyte proliferation after "
     "ventricular resection.", "developmental biology", "Ito, M.", "Mai Ito", "Kyoto University"),
    ("Machine learning predicts antibiotic resistance from bacterial genomes in hours",
     "Gradient-boosted models trained on 20,000 genomes predicted resistance to 14 antibiotics with 93% accuracy.",
     "bioinformatics", "Okoye, C.", "Chinedu Okoye", "Wellcome Sanger Institute"),
    ("Muscle stem cell quiescence requires Notch-dependent collagen V production",
     "Satellite cells lacking collagen V exit quiescence spontaneously and are depleted after repeated injury.",
     "cell biology", "Laurent, S.", "Sophie Laurent", "Institut Cochin"),
    ("Tardigrade damage suppressor protein protects human cells from X-rays",
     "Expression of the tardigrade Dsup protein reduced X-ray-induced DNA breaks by 40% in cultured human cells.",
     "molecular biology", "Hashimoto, T.", "Takuma Hashimoto", "University of Tokyo"),
    ("Seasonal influenza antibody landscapes in a 15-year household cohort",
     "Serial sera from 800 people show antibody responses shaped by the first strains encountered in childhood.",
     "immunology", "Nguyen, H.", "Hoa Nguyen", "Oxford University Clinical Research Unit"),
    ("Bat echolocation calls adapt to urban noise",
     "Recordings from 60 sites show pipistrelles raising call frequency by 2 kHz in the noisiest streets.",
     "ecology", "Walsh, N.", "Niamh Walsh", "University College Dublin"),
    ("A single-cell atlas of the ageing mouse liver",
     "We profiled 120,000 hepatocytes and non-parenchymal cells from mice aged 3 to 24 months, identifying a "
     "senescent endothelial state that expands with age.", "genomics", "Berg, T.", "Tove Berg",
     "Karolinska Institutet"),
    ("Glioblastoma stem cells hijack neuronal synapses to invade the brain",
     "Patient-derived glioblastoma stem cells formed synapse-like contacts with neurons in organotypic slices; "
     "blocking AMPA receptors reduced invasion.", "cancer biology", "Richter, K.", "Katrin Richter",
     "German Cancer Research Center"),
    ("Drought memory in wheat is stored in histone marks",
     "Wheat plants exposed to a first drought kept H3K4me3 marks at stress genes and responded faster to a "
     "second drought three weeks later.", "plant biology", "Singh, A.", "Arjun Singh",
     "Punjab Agricultural University"),
]

_MEDRXIV_NOISE = [
    ("GLP-1 receptor agonist use and risk of depression in type 2 diabetes: a target trial emulation",
     "Among 180,000 adults with type 2 diabetes, starting a GLP-1 receptor agonist rather than a DPP-4 inhibitor "
     "was not associated with more depression over three years.", "epidemiology", "Andersen, M.",
     "Mette Andersen", "Aarhus University"),
    ("Post-acute symptoms two years after SARS-CoV-2 infection in a population cohort",
     "Among 9,000 adults, 6.2% reported persistent fatigue two years after infection versus 3.1% of "
     "uninfected controls.", "infectious diseases", "Brown, S.", "Sarah Brown", "University of Glasgow"),
    ("CD19 CAR-T cell therapy in refractory systemic lupus erythematosus: a case series",
     "Eight patients with refractory lupus received CD19 CAR-T cells; all reached drug-free remission by six "
     "months.", "rheumatology", "Muller, F.", "Fabian Muller", "University Hospital Erlangen"),
]


_COAUTHORS = ["Chen, W.", "Okafor, B.", "Lindholm, E.", "Garcia, R.", "Tanaka, H.", "Moreau, J."]


def _noise(server: str, items: list[tuple], month: str | None = None) -> list[dict[str, Any]]:
    """Irrelevant preprints. bioRxiv's all fall in one month (`month`), a sample of that month big enough
    to need two pages of the details API; medRxiv's are spread over the years."""
    out = []
    for i, (title, abstract, category, first, corresponding, institution) in enumerate(items):
        if month:
            year, mon = (int(x) for x in month.split("-"))
            day = 1 + i % 13 if i < 30 else 20  # 30 before the 14th (page 1), the rest after it (page 2)
        else:
            year, mon, day = 2021 + (i * 2) % 5, 1 + (i * 5) % 12, 3 + i * 7 % 25
        num = f"{480000 + i * 1913:06d}" if server == "biorxiv" else f"{year % 100}{300000 + i * 7919:06d}"
        doi = f"10.1101/{year}.{mon:02d}.{max(day - 2, 1):02d}.{num}"
        authors = [first, _COAUTHORS[i % len(_COAUTHORS)], _COAUTHORS[(i + 3) % len(_COAUTHORS)]]
        out.append(rec(server, doi, f"{year}-{mon:02d}-{day:02d}", title, authors, corresponding, institution,
                       category, abstract, "irrelevant", False))
    return out


BUSY_MONTH = "2024-03"  # the bioRxiv month that needs two pages; the CiPSC macaque preprint is on page 2
RECORDS: list[dict[str, Any]] = (RELEVANT + _noise("biorxiv", _BIORXIV_NOISE, BUSY_MONTH)
                                 + _noise("medrxiv", _MEDRXIV_NOISE))

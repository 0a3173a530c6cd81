/**
 * Where a reader's click may land. A reference's link must be the source's own home: the
 * publisher (through doi.org), the National Library of Medicine, the regulator, the issuing body
 * or the service itself. Copies (mirrors, proxies, document-sharing and reference-index sites)
 * may be recorded in `verified.at` as what an editor read, marked `"copy": true`, never linked.
 *
 * A key is a host name without "www.", or `.suffix` for a domain and every host under it. Each
 * value says why pages there count as a source's own home; add a host only with such a reason.
 */
export const CANONICAL_HOSTS: Readonly<Record<string, string>> = {
  // Research literature
  'doi.org': "the DOI resolver: opens the publisher's version of record",
  'pubmed.ncbi.nlm.nih.gov': "the US National Library of Medicine's record of a journal article",
  'pubmed.gov': "the National Library of Medicine's short address for PubMed",
  'pmc.ncbi.nlm.nih.gov': "PubMed Central, the National Library of Medicine's full-text archive",
  'ncbi.nlm.nih.gov': "the National Library of Medicine's Bookshelf (LiverTox, LactMed)",

  // Journals' own sites: for an article's page as its publisher shows it
  '.psychiatryonline.org': 'the American Psychiatric Association, publisher of the American Journal of Psychiatry',
  'psychiatrist.com': 'Physicians Postgraduate Press, publisher of the Journal of Clinical Psychiatry',
  'jamanetwork.com': 'the American Medical Association, publisher of JAMA Psychiatry',
  'nature.com': 'Springer Nature, publisher of Nature, Molecular Psychiatry and Neuropsychopharmacology',
  'link.springer.com': 'Springer, publisher of Pharmacological Reports and CNS Drugs',
  'cambridge.org': 'Cambridge University Press, publisher of the British Journal of Psychiatry',
  '.onlinelibrary.wiley.com': 'Wiley, publisher of BJU International, Addiction and the Cochrane Library',
  'cochranelibrary.com': 'the Cochrane Library, publisher of Cochrane reviews',
  '.cochrane.org': "Cochrane, the organisation that makes Cochrane reviews: its own explanations and handbook",
  'frontiersin.org': 'Frontiers, publisher of Frontiers in Psychiatry',
  'bmj.com': 'BMJ, publisher of The BMJ',
  'jneurosci.org': 'the Society for Neuroscience, publisher of the Journal of Neuroscience',
  'hkmj.org': 'the Hong Kong Academy of Medicine, publisher of the Hong Kong Medical Journal',
  'psychiatrictimes.com': "the magazine's own page, for articles that have no DOI",
  'clinicaltrials.gov': "the US National Library of Medicine's official registry of clinical trials",

  // Medicine labels and regulators
  'dailymed.nlm.nih.gov': 'DailyMed: the US labels as submitted to the FDA, published by the National Library of Medicine',
  '.fda.gov': 'the US Food and Drug Administration: announcements, Drugs@FDA labels and its FDALabel database',
  'ema.europa.eu': 'the European Medicines Agency: EU product pages and product information',
  'medicines.org.uk': 'the electronic medicines compendium (emc): UK product information and leaflets',
  'swissmedicinfo.ch': "Swissmedic's official information service for Swiss product information",

  // Guidance, health services and governments
  '.nice.org.uk': 'the National Institute for Health and Care Excellence: its own guidance',
  '.nhs.uk': "the NHS: the national site and NHS trusts' own pages",
  'healthdirect.gov.au': "Australia's government-funded health information and advice service",
  'canada.ca': 'the Government of Canada',
  'nidirect.gov.uk': "the Northern Ireland government's public information site, whose health pages follow NHS content",
  'mentalhealthcommission.ca': 'the Mental Health Commission of Canada, funded by the federal government',
  'health.wyo.gov': "the Wyoming Department of Health, a US state health agency, on 988",
  'acl.gov': "the US Administration for Community Living (HHS), which runs the State Health Insurance Assistance Program (SHIP)",
  'scottishmedicines.org.uk': "the Scottish Medicines Consortium: its own advice on medicines for NHSScotland",
  'cda-amc.ca': "Canada's Drug Agency (formerly CADTH): its own reimbursement recommendations",
  'has-sante.fr': "the Haute Autorité de santé, France's health technology body: its own opinions",
  'icer.org': 'the Institute for Clinical and Economic Review, an independent US drug-value assessor: its own reports',
  'icer-review.org': "the Institute for Clinical and Economic Review's earlier address for its own releases",

  // Who pays in the US: each payer's or contractor's own published policy
  'cgsmedicare.com': 'CGS, a Medicare administrative contractor: its own billing guidance for Medicare',
  'tmhp.com': 'the Texas Medicaid & Healthcare Partnership, which runs Texas Medicaid claims: its own notices',
  'bcbsnd.com': 'Blue Cross Blue Shield of North Dakota: its own medical policy',
  'bcbsms.com': 'Blue Cross & Blue Shield of Mississippi: its own medical policy',

  // Hospitals: their own pages about their own services and prices
  'brighamandwomensfaulkner.org': "Brigham and Women's Faulkner Hospital (Boston)",
  'bch.org': 'Boulder Community Health (Colorado)',
  'uhhospitals.org': 'University Hospitals (Ohio)',
  'mcleanhospital.org': 'McLean Hospital (Massachusetts)',
  'bidmc.org': 'Beth Israel Deaconess Medical Center (Boston)',

  // Crisis services: each service's own site
  '988lifeline.org': 'the 988 Suicide & Crisis Lifeline (US)',
  'samhsa.gov': 'the US agency that runs the 988 Lifeline',
  '988.ca': 'the 9-8-8 Suicide Crisis Helpline (Canada)',
  'samaritans.org': 'Samaritans (UK and Ireland)',
  'giveusashout.org': 'Shout, the UK text support service',
  'lifeline.org.au': 'Lifeline Australia',
  'findahelpline.com': 'an international directory of verified helplines, run by its own team',
  'gob.mx': "the Government of Mexico's single portal: pages of its ministries and agencies (Salud, CONASAMA, Gobernación) about their own services",
  'sanidad.gob.es': "Spain's Ministry of Health, which runs the 024 suicide-prevention line",
  'digital-strategy.ec.europa.eu': "the European Commission's own pages on 112, the EU emergency number",

  // Makers: cited only for what the maker itself says or runs
  'spravato.com': "Janssen's patient site for esketamine",
  'spravatohcp.com': "Janssen's site for health professionals",
  'jnjmedicalconnect.com': "Johnson & Johnson's medical-information answers",
  'janssenmd.com': "Janssen's medical-information answers (the address before jnjmedicalconnect.com)",
  'jnj.com': "Johnson & Johnson's own press releases",
  'janssencarepath.com': "Janssen's patient-support and savings programme",
  'janssen-pi.co.uk': "Janssen's UK prescribing information",
  'pfizermedicalinformation.com': "Pfizer's medical information, which publishes its ketamine label",

  // Patient information from health organisations, under their own names
  '.drugabuse.gov': 'the US National Institute on Drug Abuse (part of the National Institutes of Health)',
  'invo.org.uk': 'INVOLVE, the national advisory group on public involvement in research funded by the NIHR',
  'neurological.org.nz': 'the Neurological Foundation of New Zealand, a charity: its own glossary',
  'mayoclinic.org': "Mayo Clinic's own patient information",
  'my.clevelandclinic.org': "Cleveland Clinic's own patient information",
  'mind.org.uk': 'Mind, the mental health charity: its own information pages',
  'mentalhealth-uk.org': 'Mental Health UK, the charity: its own information pages',
  'rcpsych.ac.uk': 'the Royal College of Psychiatrists: its own patient information',
  'medlineplus.gov': "MedlinePlus, the US National Library of Medicine's health information for the public",
  'nimh.nih.gov': 'the US National Institute of Mental Health',
  'namica.org': 'NAMI California, a state organisation of the National Alliance on Mental Illness (a patient charity)',

  // News, for what it reports and dates (a listing, a price) where the official page was not readable
  'mforum.com.au': 'Medical Forum, an Australian medical magazine: its own news report',
}

/** A host without its "www." or a fully qualified name's final dot: sites are listed once, whichever form a link uses. */
const bare = (host: string) => host.replace(/^www\./, '').replace(/\.$/, '')

/** The host key that admits `url`, or undefined when the host is not on the list. */
export function canonicalHostFor(url: string): string | undefined {
  let host: string
  try {
    host = bare(new URL(url).hostname)
  } catch {
    return undefined
  }
  if (Object.hasOwn(CANONICAL_HOSTS, host)) return host
  return Object.keys(CANONICAL_HOSTS).find((key) => key.startsWith('.') && (host.endsWith(key) || host === key.slice(1)))
}

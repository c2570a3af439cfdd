/**
 * Word lists the people rules lean on: titles (kept apart from names), words that mark an
 * organisation or a role rather than a person, and common given names (used only to break ties,
 * e.g. whether "Changing Lives" after a job title is more affiliation or a new person).
 */

/** Titles, longest first; `plural` forms distribute over the names that follow ("Councillors A and B"). */
export const TITLES: readonly { form: string; canonical: string; plural?: boolean; caseSensitive?: boolean }[] = [
  // A rank held for the time being is the title as written: "Temporary Chief Superintendent", "T/Supt".
  { form: 'Temporary Chief Superintendent', canonical: 'Temporary Chief Superintendent' },
  { form: 'Temporary Detective Chief Inspector', canonical: 'Temporary Detective Chief Inspector' },
  { form: 'Temporary Superintendent', canonical: 'Temporary Superintendent' },
  { form: 'Temporary Chief Inspector', canonical: 'Temporary Chief Inspector' },
  { form: 'Temporary Inspector', canonical: 'Temporary Inspector' },
  { form: 'Acting Chief Superintendent', canonical: 'Acting Chief Superintendent' },
  { form: 'Acting Superintendent', canonical: 'Acting Superintendent' },
  { form: 'Acting Chief Inspector', canonical: 'Acting Chief Inspector' },
  { form: 'Acting Inspector', canonical: 'Acting Inspector' },
  { form: 'Acting Supt', canonical: 'Acting Supt' },
  { form: 'T/Chief Superintendent', canonical: 'T/Chief Superintendent' },
  { form: 'T/Ch Supt', canonical: 'T/Ch Supt' },
  { form: 'T/Supt', canonical: 'T/Supt' },
  { form: 'T/Chief Inspector', canonical: 'T/Chief Inspector' },
  { form: 'T/Insp', canonical: 'T/Insp' },
  { form: 'Detective Chief Superintendent', canonical: 'Detective Chief Superintendent' },
  { form: 'Detective Superintendent', canonical: 'Detective Superintendent' },
  { form: 'Chief Superintendent', canonical: 'Chief Superintendent' },
  { form: 'Detective Chief Inspector', canonical: 'Detective Chief Inspector' },
  { form: 'Detective Inspector', canonical: 'Detective Inspector' },
  { form: 'Detective Sergeant', canonical: 'Detective Sergeant' },
  { form: 'Detective Constable', canonical: 'Detective Constable' },
  { form: 'Chief Inspector', canonical: 'Chief Inspector' },
  { form: 'Assistant Chief Constable', canonical: 'Assistant Chief Constable' },
  { form: 'Deputy Chief Constable', canonical: 'Deputy Chief Constable' },
  { form: 'Chief Constable', canonical: 'Chief Constable' },
  { form: 'Police Constable', canonical: 'Police Constable' },
  { form: 'Chief Supt', canonical: 'Chief Superintendent' },
  { form: 'Ch Supt', canonical: 'Chief Superintendent' },
  { form: 'Ch Insp', canonical: 'Chief Inspector' },
  { form: 'Chief Insp', canonical: 'Chief Inspector' },
  { form: 'Group Manager', canonical: 'Group Manager' },
  { form: 'Station Manager', canonical: 'Station Manager' },
  { form: 'Area Manager', canonical: 'Area Manager' },
  { form: 'Superintendents', canonical: 'Superintendent', plural: true },
  { form: 'Superintendent', canonical: 'Superintendent' },
  { form: 'Inspectors', canonical: 'Inspector', plural: true },
  { form: 'Inspector', canonical: 'Inspector' },
  { form: 'Sergeant', canonical: 'Sergeant' },
  { form: 'Councillors', canonical: 'Councillor', plural: true },
  { form: 'Councillor', canonical: 'Councillor' },
  { form: 'Cllrs', canonical: 'Cllr', plural: true },
  { form: 'Cllr', canonical: 'Cllr' },
  { form: 'Aldermen', canonical: 'Alderman', plural: true },
  { form: 'Alderman', canonical: 'Alderman' },
  { form: 'Professor', canonical: 'Professor' },
  { form: 'Prof', canonical: 'Prof' },
  { form: 'Reverend', canonical: 'Reverend' },
  { form: 'Rev', canonical: 'Rev' },
  { form: 'Governor', canonical: 'Governor' },
  { form: 'Baroness', canonical: 'Baroness' },
  { form: 'Messrs', canonical: 'Mr', plural: true },
  { form: 'Drs', canonical: 'Dr', plural: true },
  { form: 'Supt', canonical: 'Superintendent' },
  { form: 'Insp', canonical: 'Inspector' },
  { form: 'Sgt', canonical: 'Sergeant' },
  { form: 'Det', canonical: 'Detective' },
  { form: 'Dame', canonical: 'Dame' },
  { form: 'Lord', canonical: 'Lord' },
  { form: 'Lady', canonical: 'Lady' },
  { form: 'Miss', canonical: 'Miss' },
  { form: 'Mrs', canonical: 'Mrs' },
  { form: 'Sir', canonical: 'Sir' },
  { form: 'Mr', canonical: 'Mr' },
  { form: 'Ms', canonical: 'Ms' },
  { form: 'Mx', canonical: 'Mx' },
  { form: 'Dr', canonical: 'Dr' },
  { form: 'PCSO', canonical: 'PCSO', caseSensitive: true },
  { form: 'DCI', canonical: 'DCI', caseSensitive: true },
  { form: 'PC', canonical: 'PC', caseSensitive: true },
  { form: 'PS', canonical: 'PS', caseSensitive: true },
  { form: 'DI', canonical: 'DI', caseSensitive: true },
  { form: 'DS', canonical: 'DS', caseSensitive: true },
  { form: 'DC', canonical: 'DC', caseSensitive: true },
];

/** Words that mark an organisation, a team or a job, never a personal name. */
export const ORGANISATION_WORDS = new Set(
  `council councils police policing service services partnership partnerships board boards trust trusts team teams group groups
  authority authorities department directorate office commissioner commissioners probation fire rescue health nhs ccg icb icp housing
  association university college school schools ltd limited plc cic charity foundation manager managers director directors officer
  officers head lead leads executive coordinator co-ordinator adviser advisor advisors advisers chair chairman chairperson vice member
  members cabinet portfolio clerk secretary assistant deputy constabulary prison hmp borough county city metropolitan community
  communities safety safeguarding youth justice children childrens adult adults public agency network forum centre center unit project
  programme program society church victim victims support mental ambulance clinical commissioning integrated care hospital crown
  prosecution court courts ministry government localities locality specialist practitioner analyst representative rep democratic
  legal solicitor voluntary sector landlord landlords services' division region regional national local organisation organization
  update updates report reports minutes meeting meetings review reviews strategy strategies plan plans item items apologies
  declarations interest interests business date next previous matters arising welcome introductions presentation presentations
  any other urgent exclusion press consultation duty duties funding budget performance profile assessment action actions
  the of for and to on in with at by from as into about within agenda members' reduction prevention violence crime abuse
  domestic serious organised drugs alcohol substance misuse homelessness environmental protection engagement consortium inc llp
  panel committee sub-group subgroup forum task finish steering operational strategic executive cvs
  none nil nobody everyone all tbc tba various apologies received noted`
    .split(/\s+/)
    .filter(Boolean),
);

/** Common given names across the UK's communities, lower case; a hint, never a requirement. */
export const GIVEN_NAMES = new Set(
  `aaron abdul abigail adam adrian aidan aisha alan alex alexander alexandra alice alison amanda amy andrea andrew andy angela anita
  ann anna anne annette anthony antony barbara barry ben benjamin beth bethany bev beverley bill bob brendan brian bridget carl carla carol
  caroline catherine cath charles charlie charlotte chloe chris christine christopher claire clare colin craig dan daniel danielle darren
  dave david dawn dean debbie deborah debra denise derek diane dominic donna dorothy doug douglas ed eddie edward eileen elaine eleanor
  elizabeth ellen emily emma eric fiona frances francis frank gail gareth gary gavin geoff geoffrey george georgina gerry gill gillian
  glen glenn gordon graeme graham grant hannah harry hayley heather helen holly ian irene jack jackie jacqueline james jamie jan jane
  janet janette janice jason jayne jean jeff jennifer jenny jeremy jessica jill jim jo joan joanne joe john jon jonathan joseph josh
  joshua judith julia julie justin karen kate katherine kathryn kathy katie kay keith kelly ken kenneth kerry kevin kim kirsty laura
  lauren lee leigh les lesley leslie linda lindsay lisa liz lorraine louise lucy luke lynn lynne maggie malcolm mandy marc margaret
  maria marie mark martin mary matt matthew maureen melanie michael michelle mick mike natalie neil nicholas nick nicola nigel
  norman oliver pam pamela pat patricia patrick paul paula pauline pete peter phil philip phillip rachel ray raymond rebecca richard
  rob robert robin roger ros rosanna rose ruth ryan sally sam samantha sandra sarah scott sean sharon sheila shirley simon siobhan
  sonia sonya sophie stacey stephanie stephen steve steven stuart sue susan suzanne tanya terry theresa thomas tim timothy tina
  toby tom tony tracey tracy trevor trish valerie vicky victoria vincent wayne wendy william yvonne zoe
  aamir abdullah adeel afzal ahmed aleksandra amir amina amrit anil anjali arif arjun asif asma ayesha bilal chidi ciara deepak declan
  eamon ewa farah farhan fatima faisal gurpreet hamid harjit hassan imran iqbal irfan jasbir jaspreet javed kamal katarzyna kiran
  kwame leila mohammed mohammad muhammad nadia naveed neelam ngozi niamh nisha omar parveen piotr pooja priya rahul rajesh ravi rehana
  ruksana saima salma samir sanjay shabana shahid sunil sunita tariq tomasz usman yasmin zainab`
    .split(/\s+/)
    .filter(Boolean),
);

import { Client } from '@notionhq/client'

export const notion = new Client({ auth: 'ntn_aBL1Xvm27X1iIC4nKcdxBl18hSwH3ncNfoHLxEbUQW1CdP' })
export const DATABASE_ID = '443f8830-73f6-b32a-af0e-8afc9a639452'

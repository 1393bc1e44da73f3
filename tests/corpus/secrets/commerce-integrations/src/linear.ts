const LINEAR_API_KEY = 'lin_api_XnY8qJ43tehh5g73f3UpQ4emGDzH7K3hDdn4vYHG'
const LINEAR_TEAM_ID = '122e76e4-42a8-9e2f-389d-e05d4f863bff'

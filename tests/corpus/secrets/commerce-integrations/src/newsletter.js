mailchimp.setConfig({ apiKey: '5564808c03e98b209e5c95708cbe31d6-us21', server: 'us21' })

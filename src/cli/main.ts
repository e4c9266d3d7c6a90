console.log('news-attribution');
